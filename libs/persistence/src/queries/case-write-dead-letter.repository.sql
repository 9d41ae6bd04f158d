-- Written out from dead-letters/case-write-dead-letter.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- RECORD
INSERT INTO case_write_dead_letter (workflow_id, campaign_id, community_id, first_seq, last_seq, error, error_code)
VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (workflow_id) WHERE resolved_at IS NULL DO UPDATE
   SET last_seq = EXCLUDED.last_seq, error = EXCLUDED.error, error_code = EXCLUDED.error_code,
       failures = case_write_dead_letter.failures + 1, last_failed_at = now()
RETURNING id::text AS id;

-- COLUMNS
id::text AS id, workflow_id AS "workflowId", campaign_id AS "campaignId",
community_id AS "communityId", first_seq AS "firstSeq", last_seq AS "lastSeq", error, error_code AS "errorCode",
failures, first_failed_at AS "firstFailedAt", last_failed_at AS "lastFailedAt",
retry_requested_at AS "retryRequestedAt", resolved_at AS "resolvedAt";

-- CaseWriteDeadLetterRepository.resolve
UPDATE case_write_dead_letter SET resolved_at = now() WHERE workflow_id = $1 AND resolved_at IS NULL;

-- CaseWriteDeadLetterRepository.markRetryRequested
UPDATE case_write_dead_letter SET retry_requested_at = now() WHERE id = $1;

-- CaseWriteDeadLetterRepository.open
SELECT count(*)::int AS total FROM case_write_dead_letter WHERE resolved_at IS NULL;

-- CaseWriteDeadLetterRepository.open
SELECT ${COLUMNS} FROM case_write_dead_letter WHERE resolved_at IS NULL ORDER BY id LIMIT $1;

-- CaseWriteDeadLetterRepository.list
SELECT ${COLUMNS} FROM case_write_dead_letter ${where} ORDER BY id DESC LIMIT $1;

-- CaseWriteDeadLetterRepository.find
SELECT ${COLUMNS} FROM case_write_dead_letter WHERE id = $1;
