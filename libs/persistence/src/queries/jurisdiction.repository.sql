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
