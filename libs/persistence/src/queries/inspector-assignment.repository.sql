-- Written out from assignment/inspector-assignment.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- InspectorAssignmentRepository.casesToStaff
SELECT community_id AS "communityId",
      coalesce(snapshot -> 'community' ->> 'name', community_id) AS "communityName",
      street_id AS "streetId", stage, inspector_ids AS "inspectorIds"
 FROM case_projection
WHERE campaign_id = $1 AND community_id = ANY($2::text[])
  AND ($3::text IS NULL OR community_path LIKE $3 || '%');

-- InspectorAssignmentRepository.inspectionPolicyOf
SELECT inspection_policy AS policy FROM campaign WHERE id = $1;

-- InspectorAssignmentRepository.openLoads
SELECT i.id, count(*)::int AS n
 FROM case_projection p CROSS JOIN LATERAL unnest(p.inspector_ids) AS i(id)
WHERE p.inspector_ids && $1::text[]
  AND p.stage = $2
  AND i.id = ANY($1::text[])
  AND NOT jsonb_path_exists(p.snapshot, '$.checks[*] ? (@.inspectorId == $me && @.round == $round)',
                            jsonb_build_object('me', i.id, 'round', COALESCE((p.snapshot ->> 'round')::int, 1)))
GROUP BY i.id;

-- InspectorAssignmentRepository.declaredOn
SELECT community_id AS "communityId", inspector_id::text AS "inspectorId", reason,
      declared_at AS "declaredAt"
 FROM inspector_conflict WHERE campaign_id = $1 AND community_id = ANY($2::text[])
ORDER BY declared_at;

-- InspectorAssignmentRepository.declaredBy
SELECT campaign_id AS "campaignId", community_id AS "communityId"
FROM inspector_conflict WHERE inspector_id = $1;

-- InspectorAssignmentRepository.declare
INSERT INTO inspector_conflict (campaign_id, community_id, inspector_id, reason)
VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1;
