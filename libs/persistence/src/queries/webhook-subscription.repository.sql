-- Written out from webhooks/webhook-subscription.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- WebhookSubscriptionRepository.deactivate
UPDATE webhook_subscription SET active = false, deactivated_at = now() WHERE id = $1;

-- WebhookSubscriptionRepository.deactivate
UPDATE outbox_delivery SET status = 'FAILED', next_attempt_at = NULL, finished_at = now(),
      last_error = 'subscription deactivated'
WHERE channel = 'WEBHOOK' AND target = $1 AND status = 'PENDING';
