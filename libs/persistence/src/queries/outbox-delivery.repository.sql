-- Written out from outbox/outbox-delivery.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- CLAIM
UPDATE outbox_delivery d
   SET attempts = d.attempts + 1, next_attempt_at = $3::timestamptz + make_interval(secs => $4::double precision / 1000)
  FROM (SELECT id FROM outbox_delivery
         WHERE channel = $1 AND status = 'PENDING' AND next_attempt_at <= $3::timestamptz
         ORDER BY next_attempt_at, id
         LIMIT $2
         FOR UPDATE SKIP LOCKED) due,
       outbox_message m
 WHERE d.id = due.id AND m.id = d.message_id
RETURNING d.id, d.channel, d.target, d.attempts, m.key, m.type, m.occurred_at, m.payload;

-- SETTLE
UPDATE outbox_delivery d
  SET status = r.status,
      next_attempt_at = r."nextAttemptAt",
      last_error = CASE WHEN r.status = 'DELIVERED' THEN d.last_error ELSE r.error END,
      delivered_at = r."deliveredAt",
      finished_at = CASE WHEN r.status = 'PENDING' THEN NULL ELSE now() END
 FROM jsonb_to_recordset($1::jsonb)
   AS r(id bigint, attempts integer, status text, error text, "nextAttemptAt" timestamptz, "deliveredAt" timestamptz)
WHERE d.id = r.id AND d.status = 'PENDING' AND (r.status = 'DELIVERED' OR d.attempts = r.attempts);

-- OutboxDeliveryRepository.webhookTargets
SELECT id::text AS id, url, secret, active FROM webhook_subscription WHERE id::text = ANY($1::text[]);
