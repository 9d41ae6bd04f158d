-- Written out from my/my-cases.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- CLOSED
('AWARDED','NOT_AWARDED','NOT_APPLIED','WITHDRAWN');

-- MY_CASE_COLUMNS
c.campaign_id AS "campaignId", k.title AS "campaignTitle", k.title_kind AS "titleKind",
s.code AS "standardCode", s.version AS "standardVersion",
c.community_id AS "communityId", COALESCE(c.snapshot #>> '{community,name}', c.community_id) AS "communityName",
c.street_id AS "streetId", c.stage, c.tier, c.total_score::float8 AS "totalScore", c.due_at AS "dueAt",
COALESCE((c.snapshot ->> 'round')::int, 1) AS round,
COALESCE(c.snapshot -> 'recheckRounds' @> to_jsonb(COALESCE((c.snapshot ->> 'round')::int, 1)), false) AS recheck,
jsonb_path_exists(c.snapshot, '$.checks[*] ? (@.inspectorId == $me && @.round == $round)',
                  jsonb_build_object('me', $1::text, 'round', COALESCE((c.snapshot ->> 'round')::int, 1)))
  AS "checkedThisRound";

-- MyCasesRepository.rows
SELECT ${MY_CASE_COLUMNS}
 FROM case_projection c JOIN campaign k ON k.id = c.campaign_id JOIN standard s ON s.id = k.standard_id
WHERE ${where}
ORDER BY (c.stage IN ${CLOSED}), c.due_at NULLS LAST, k.year DESC, c.campaign_id, c.community_id
LIMIT ${MY_CASES_LIMIT};

-- MyCasesRepository.organizerWork
SELECT c.campaign_id AS "campaignId", k.title AS "campaignTitle",
      count(*) FILTER (WHERE c.stage = 'APPLICATION_REVIEW')::int AS "toReview",
      count(*) FILTER (WHERE c.stage = 'INSPECTION' AND cardinality(c.inspector_ids) = 0)::int AS "toAssign",
      count(*) FILTER (WHERE c.stage = 'SCORING')::int AS "toConfirm",
      count(*) FILTER (WHERE c.stage = 'NOTICE'
        AND jsonb_path_exists(c.snapshot, '$.objections[*] ? (@.resolution == null)'))::int AS "openObjections",
      count(*) FILTER (WHERE c.due_at < now())::int AS overdue,
      min(c.due_at) FILTER (WHERE c.stage IN ('APPLICATION_REVIEW', 'SCORING')
        OR (c.stage = 'INSPECTION' AND cardinality(c.inspector_ids) = 0)) AS "earliestDueAt"
 FROM campaign k JOIN case_projection c ON c.campaign_id = k.id
WHERE k.status = 'LAUNCHED' AND c.community_path LIKE $1 || '%' AND c.stage NOT IN ${CLOSED}
GROUP BY c.campaign_id, k.title, k.year
ORDER BY k.year DESC, c.campaign_id;
