-- Written out from campaigns/campaign-run.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- CampaignRunRepository.saveScheduleField
UPDATE campaign SET schedule = jsonb_set(schedule, ARRAY[$2::text], to_jsonb($3::text)), updated_at = now()
WHERE id = $1 AND schedule ->> $2 IS DISTINCT FROM $3;

-- CampaignRunRepository.markCancelled
UPDATE campaign SET status = 'CANCELLED', updated_at = now() WHERE id = $1 AND status <> 'CANCELLED';
