-- Written out from audit/audit-chain-head.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- HEAD_COLUMNS
campaign_id, chain_index, hash, key_id, signature, signed_at, version::text AS version;

-- AuditChainHeadRepository.find
SELECT ${HEAD_COLUMNS} FROM audit_chain_head WHERE campaign_id = $1;

-- AuditChainHeadRepository.changedSince
SELECT ${HEAD_COLUMNS} FROM audit_chain_head WHERE version > $1::bigint ORDER BY version LIMIT $2;

-- AuditChainHeadRepository.latestVersion
SELECT max(version)::text AS version FROM audit_chain_head;

-- AuditChainHeadRepository.lastLink
SELECT chain_index, hash FROM audit_event WHERE campaign_id = $1 ORDER BY chain_index DESC LIMIT 1;

-- AuditChainHeadRepository.hashesAt
SELECT chain_index, hash FROM audit_event WHERE campaign_id = $1 AND chain_index = ANY($2::bigint[]);
