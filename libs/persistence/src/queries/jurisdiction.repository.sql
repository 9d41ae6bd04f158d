-- Written out from jurisdictions/jurisdiction.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- JurisdictionRepository.nodesByIds
SELECT id, name, level, path FROM jurisdiction WHERE id = ANY($1::text[]);

-- JurisdictionRepository.communityPathsUnder
SELECT id, path FROM jurisdiction WHERE level = 'COMMUNITY' AND id = ANY($1::text[]) AND path LIKE $2 || '%';

-- JurisdictionRepository.communitiesUnder
SELECT * FROM (SELECT id, name, kind, parent_id, path, eligible, ineligible_reason,
     row_number() OVER (PARTITION BY kind ORDER BY path) AS n
FROM jurisdiction WHERE ${inScope} AND eligible) s WHERE n <= 20;

-- JurisdictionRepository.communitiesUnder
SELECT count(*) AS n FROM jurisdiction WHERE ${inScope} AND eligible;

-- JurisdictionRepository.communitiesUnder
SELECT id, name, kind, parent_id, path, eligible, ineligible_reason FROM jurisdiction
WHERE ${inScope} AND NOT eligible ORDER BY path LIMIT 1000;

-- JurisdictionRepository.scopeSummaryRows
SELECT n.id, n.parent_id AS "parentId", n.name, n.level, n.path, n.kind,
      count(m.id)::int AS communities,
      count(m.id) FILTER (WHERE m.eligible)::int AS eligible,
      count(m.id) FILTER (WHERE NOT m.eligible)::int AS ineligible,
      COALESCE(array_agg(DISTINCT m.ineligible_reason) FILTER (WHERE NOT m.eligible AND m.ineligible_reason IS NOT NULL), '{}') AS "ineligibleReasons",
      count(m.id) FILTER (WHERE m.eligible AND EXISTS (
        SELECT 1 FROM community_title t
         WHERE t.community_id = m.id AND t.title_kind = $2
           AND title_counts_before_campaign(t.source, t.year, t.campaign_id, t.valid_until, t.revoked_at, '', $3))
      )::int AS titled
 FROM jurisdiction n
 LEFT JOIN jurisdiction m ON m.level = 'COMMUNITY' AND m.path LIKE n.path || '%'
WHERE n.id = $1 OR n.parent_id = $1
GROUP BY n.id ORDER BY n.path;

-- JurisdictionRepository.levelsAndPaths
SELECT id, level, path FROM jurisdiction WHERE id = ANY($1::text[]);

-- JurisdictionRepository.insertMany
INSERT INTO jurisdiction (id, parent_id, level, name, kind, eligible, ineligible_reason, path)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[],
                     $7::text[], $8::text[]);
