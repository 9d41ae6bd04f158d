-- Written out from health/database-ping.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- DatabasePingRepository.ping
SELECT 1;
