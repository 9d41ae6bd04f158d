-- Written out from outbox/outbox-retention.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- PURGE_DELIVERIES
DELETE FROM outbox_delivery
WHERE id IN (SELECT id FROM outbox_delivery
              WHERE status <> 'PENDING' AND finished_at < $1::timestamptz
              LIMIT $2
              FOR UPDATE SKIP LOCKED);

-- PURGE_MESSAGES
DELETE FROM outbox_message
WHERE id IN (SELECT m.id FROM outbox_message m
              WHERE m.created_at < $1::timestamptz
                AND NOT EXISTS (SELECT 1 FROM outbox_delivery d WHERE d.message_id = m.id)
              LIMIT $2
              FOR UPDATE SKIP LOCKED);
