-- Written out from batches/case-batch.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- CaseBatchRepository.create
INSERT INTO case_batch (id, campaign_id, action, params, fingerprint, created_by)
VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING id;

-- CaseBatchRepository.create
INSERT INTO case_batch_item (batch_id, position, community_id)
SELECT $1, t.ord, t.id FROM unnest($2::text[]) WITH ORDINALITY AS t(id, ord);

-- CaseBatchRepository.create
UPDATE case_batch_item SET status = $3, code = $4, message = $5, details = $6, finished_at = now()
WHERE batch_id = $1 AND community_id = ANY($2::text[]);

-- CaseBatchRepository.find
SELECT id, campaign_id AS "campaignId", action, params, fingerprint, created_by AS "createdBy",
     created_at AS "createdAt", stopped_at AS "stoppedAt", stopped_by AS "stoppedBy"
FROM case_batch WHERE id = $1;

-- CaseBatchRepository.counts
SELECT status, count(*)::int AS n FROM case_batch_item WHERE batch_id = $1 GROUP BY status;

-- CaseBatchRepository.itemsPage
SELECT i.position, i.community_id AS "communityId",
      coalesce(p.snapshot -> 'community' ->> 'name', i.community_id) AS "communityName",
      i.status, i.code, i.message, i.details, i.finished_at AS "finishedAt"
 FROM case_batch_item i
 LEFT JOIN case_projection p ON p.campaign_id = $2 AND p.community_id = i.community_id
                            AND ($3::text IS NULL OR p.community_path LIKE $3 || '%')
WHERE i.batch_id = $1 AND ($4::text IS NULL OR i.status = $4)
ORDER BY i.position LIMIT $5 OFFSET $6;

-- CaseBatchRepository.reachableCommunityIds
SELECT community_id FROM case_projection
WHERE campaign_id = $1 AND community_id = ANY($2::text[])
  AND ($3::text IS NULL OR community_path LIKE $3 || '%');

-- CaseBatchRepository.stop
UPDATE case_batch SET stopped_at = now(), stopped_by = $2
WHERE id = $1 AND stopped_at IS NULL RETURNING id;

-- CaseBatchRepository.stop
UPDATE case_batch_item SET status = 'NOT_RUN', finished_at = now()
WHERE batch_id = $1 AND status IN ('PENDING', 'FAILED') AND NOT (position = ANY($2::int[]));

-- CaseBatchRepository.isStopped
SELECT 1 FROM case_batch WHERE id = $1 AND stopped_at IS NOT NULL;

-- CaseBatchRepository.unfinished
SELECT position, community_id AS "communityId" FROM case_batch_item
WHERE batch_id = $1 AND status IN ('PENDING', 'FAILED') ORDER BY position;

-- CaseBatchRepository.recordResult
UPDATE case_batch_item i
  SET status = CASE WHEN $3 = 'FAILED' AND b.stopped_at IS NOT NULL THEN 'NOT_RUN' ELSE $3 END,
      code = $4, message = $5, details = $6, finished_at = now()
 FROM case_batch b
WHERE b.id = $1 AND i.batch_id = $1 AND i.position = $2;

-- CaseBatchRepository.matchingCommunityIds
SELECT community_id FROM case_projection
WHERE campaign_id = $1
  AND ($2::text IS NULL OR community_path LIKE $2 || '%')
  AND ($3::text IS NULL OR stage = $3)
  AND ($4::text IS NULL OR street_id = $4)
  AND ($5::text IS NULL OR tier = $5)
  AND (NOT $6::boolean OR due_at < now())
ORDER BY community_id LIMIT $7;
