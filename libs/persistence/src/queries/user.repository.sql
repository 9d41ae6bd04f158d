-- Written out from users/user.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- UserRepository.activeInspectors
SELECT u.id, u.display_name, j.level, u.scope_id, j.parent_id
 FROM app_user u LEFT JOIN jurisdiction j ON j.id = u.scope_id
WHERE u.role = 'INSPECTOR' AND u.status = 'ACTIVE' ORDER BY u.username;

-- UserRepository.activeInspectors
SELECT u.id, u.display_name, j.level, u.scope_id, j.parent_id
 FROM app_user u LEFT JOIN jurisdiction j ON j.id = u.scope_id
WHERE u.role = 'INSPECTOR' AND u.status = 'ACTIVE' AND u.id::text = ANY($1::text[]);
