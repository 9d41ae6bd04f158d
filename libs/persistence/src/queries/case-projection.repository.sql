-- Written out from cases/case-projection.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- CaseProjectionRepository.upsert
INSERT INTO case_projection (workflow_id, campaign_id, community_id, stage, seq, snapshot, community_path,
                             street_id, inspector_ids, tier, total_score, due_at, workflow_started, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, true, now())
ON CONFLICT (workflow_id) DO UPDATE
  SET stage = EXCLUDED.stage, seq = EXCLUDED.seq, snapshot = EXCLUDED.snapshot,
      inspector_ids = EXCLUDED.inspector_ids, tier = EXCLUDED.tier, total_score = EXCLUDED.total_score,
      due_at = EXCLUDED.due_at, workflow_started = true, updated_at = now()
  WHERE case_projection.seq < EXCLUDED.seq;
