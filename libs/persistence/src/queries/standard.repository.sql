-- Written out from standards/standard.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- StandardRepository.tierNames
SELECT definition -> 'tiers' AS tiers FROM standard WHERE id = $1;
