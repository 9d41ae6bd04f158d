-- Written out from campaigns/campaign.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- CampaignRepository.whereabouts
SELECT c.status, o.path AS "organizerPath", s.path AS "scopePath"
 FROM campaign c
 JOIN jurisdiction o ON o.id = c.organizer_jurisdiction_id
 JOIN jurisdiction s ON s.id = c.scope_jurisdiction_id
WHERE c.id = $1;
