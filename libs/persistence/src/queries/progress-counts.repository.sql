-- Written out from progress/progress-counts.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- CLOSED
('AWARDED','NOT_AWARDED','NOT_APPLIED','WITHDRAWN');

-- ProgressCountsRepository.communityCounts
SELECT j.eligible, EXISTS (
       SELECT 1 FROM community_title t
        WHERE t.title_kind = $2 AND t.community_id = j.id
          AND title_counts_before_campaign(t.source, t.year, t.campaign_id, t.valid_until, t.revoked_at, $1, $3)
     ) AS titled
FROM jurisdiction j WHERE j.path = $4;

-- ProgressCountsRepository.communityCounts
SELECT $2::text AS node_path, m.measure, r.stage, r.tier, COALESCE(t.renewal, false) AS renewal, count(*)::text AS n
 FROM case_projection r
 LEFT JOIN community_title t
   ON r.stage = 'AWARDED' AND t.campaign_id = r.campaign_id AND t.community_id = r.community_id
 CROSS JOIN LATERAL (VALUES ('stage'), ('overdue')) m(measure)
WHERE r.campaign_id = $1 AND r.community_path = $2
  AND (m.measure = 'stage' OR (r.due_at < now() AND r.stage NOT IN ${CLOSED}))
GROUP BY 2, 3, 4, 5;

-- ProgressCountsRepository.childrenOf
SELECT id, name, level, path FROM jurisdiction WHERE parent_id = $1 AND level <> 'COMMUNITY' ORDER BY path;

-- ProgressCountsRepository.streetsUnder
SELECT id, name, path FROM jurisdiction WHERE level = 'STREET' AND path LIKE $1 || '%' ORDER BY path;

-- ProgressCountsRepository.results
SELECT r.community_id AS "communityId",
      COALESCE(c.name, r.snapshot #>> '{community,name}', r.community_id) AS "communityName",
      COALESCE(s.name, r.street_id, '') AS "streetName", r.stage, r.total_score AS "totalScore", r.tier,
      r.snapshot #>> '{award,certificateNumber}' AS "certificateNumber",
      r.snapshot ->> 'noticeEndsAt' AS "noticeEndsAt",
      r.snapshot #>> '{award,awardedAt}' AS "awardedAt",
      r.snapshot #>> '{award,validUntil}' AS "validUntil"
 FROM case_projection r
 LEFT JOIN jurisdiction c ON c.id = r.community_id
 LEFT JOIN jurisdiction s ON s.id = r.street_id
WHERE r.campaign_id = $1 AND r.community_path LIKE $2 || '%'
ORDER BY r.community_path;

-- ProgressCountsRepository.ensureBaseline
SELECT pg_advisory_xact_lock(hashtext('campaign_progress_baseline'), hashtext($1));

-- ProgressCountsRepository.ensureBaseline
DELETE FROM campaign_progress_baseline WHERE campaign_id = $1;

-- ProgressCountsRepository.ensureBaseline
INSERT INTO campaign_progress_baseline_state (campaign_id, signature, computed_at) VALUES ($1, $2, now())
ON CONFLICT (campaign_id) DO UPDATE SET signature = EXCLUDED.signature, computed_at = now();

-- ProgressCountsRepository.signatures
SELECT (SELECT signature::text FROM campaign_progress_baseline_state WHERE campaign_id = $1) AS stored,
(${SIGNATURE}) AS current;

-- RECOMPUTE_BASELINE
WITH titled AS (
  SELECT DISTINCT t.community_id FROM community_title t
   WHERE t.title_kind = $3 AND t.community_path LIKE $2 || '%'
     AND title_counts_before_campaign(t.source, t.year, t.campaign_id, t.valid_until, t.revoked_at, $1, $4))
INSERT INTO campaign_progress_baseline (campaign_id, node_path, eligible, previously_titled)
SELECT $1, a.node_path, count(*), count(titled.community_id)
  FROM jurisdiction c
  LEFT JOIN titled ON titled.community_id = c.id
 CROSS JOIN LATERAL case_ancestor_paths(c.path) a(node_path)
 WHERE c.level = 'COMMUNITY' AND c.eligible AND c.path LIKE $2 || '%' AND a.node_path LIKE $2 || '%'
 GROUP BY a.node_path;
