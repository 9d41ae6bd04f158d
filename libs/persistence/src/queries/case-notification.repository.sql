-- Written out from notifications/case-notification.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- CONTAINS_COMMUNITY
EXISTS (SELECT 1 FROM jurisdiction j WHERE j.id = u.scope_id AND $8 LIKE j.path || '%');

-- CaseNotificationRepository.deliver
INSERT INTO notification (key, user_id, kind, campaign_id, workflow_id, community_id, title, body, link)
SELECT $1, u.id, $2, $3, $4, $5, $6, $7, $9 FROM app_user u WHERE u.status = 'ACTIVE' AND ${where}
ON CONFLICT (key, user_id) DO NOTHING;
