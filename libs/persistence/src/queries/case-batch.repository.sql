-- Written out from batches/case-batch.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- CaseBatchRepository.create
INSERT INTO case_batch (id, campaign_id, action, params, fingerprint, created_by)
VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING id;

-- CaseBatchRepository.create
INSERT INTO case_batch_item (batch_id, position, community_id)
SELECT $1, t.ord, t.id FROM unnest($2::text[]) WITH ORDINALITY AS t(id, ord);

-- CaseBatchRepository.find
SELECT id, campaign_id AS "campaignId", action, params, fingerprint, created_by AS "createdBy",
     created_at AS "createdAt"
FROM case_batch WHERE id = $1;

-- CaseBatchRepository.items
SELECT i.position, i.community_id AS "communityId",
      coalesce(p.snapshot -> 'community' ->> 'name', i.community_id) AS "communityName",
      i.status, i.code, i.message, i.details, i.finished_at AS "finishedAt"
 FROM case_batch_item i
 LEFT JOIN case_projection p ON p.campaign_id = $2 AND p.community_id = i.community_id
WHERE i.batch_id = $1 ORDER BY i.position;

-- CaseBatchRepository.unfinished
SELECT position, community_id AS "communityId" FROM case_batch_item
WHERE batch_id = $1 AND status IN ('PENDING', 'FAILED') ORDER BY position;

-- CaseBatchRepository.recordResult
UPDATE case_batch_item SET status = $3, code = $4, message = $5, details = $6, finished_at = now()
WHERE batch_id = $1 AND position = $2;

-- CaseBatchRepository.matchingCommunityIds
SELECT community_id FROM case_projection
WHERE campaign_id = $1
  AND ($2::text IS NULL OR community_path LIKE $2 || '%')
  AND ($3::text IS NULL OR stage = $3)
  AND ($4::text IS NULL OR street_id = $4)
  AND ($5::text IS NULL OR tier = $5)
  AND (NOT $6::boolean OR due_at < now())
ORDER BY community_id LIMIT $7;
