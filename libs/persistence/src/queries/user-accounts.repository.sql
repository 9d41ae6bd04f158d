-- Written out from users/user-accounts.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- SELECT_USER
SELECT u.id, u.username, u.display_name AS "displayName", u.role, u.scope_id AS "scopeId", u.status,
     u.disabled_reason AS "disabledReason", u.email, u.created_at AS "createdAt",
     u.updated_at AS "updatedAt", u.token_version AS "tokenVersion",
     j.name AS "scopeName", j.level AS "scopeLevel", j.path AS "scopePath"
FROM app_user u LEFT JOIN jurisdiction j ON j.id = u.scope_id;

-- UserAccountsRepository.list
SELECT listed.*, count(*) OVER () AS total FROM (${SELECT_USER} ${where}) listed
ORDER BY username LIMIT ${page.limit} OFFSET ${page.offset};

-- UserAccountsRepository.scopeNodes
SELECT id, level, path FROM jurisdiction WHERE id = ANY($1::text[]);

-- UserAccountsRepository.pathNodes
SELECT id, name, level FROM jurisdiction WHERE $1 LIKE path || '%' ORDER BY length(path);

-- UserAccountsRepository.takenUsernames
SELECT username FROM app_user WHERE username = ANY($1::text[]);

-- UserAccountsRepository.passwordHashOf
SELECT password_hash FROM app_user WHERE id = $1;

-- UserAccountsRepository.insert
INSERT INTO app_user (username, display_name, role, scope_id, password_hash, email, created_by)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
RETURNING id;

-- UserAccountsRepository.update
UPDATE app_user SET ${assignments.join(', ')} WHERE id = $1;

-- UserAccountsRepository.count
SELECT count(*)::text AS total FROM (${SELECT_USER} ${where}) listed;
