-- Written out from titles/title.repository.ts by written-queries.ts; do not edit (a spec holds them equal).
-- ${…} are the parts the code fills in; statements built with the query builder are not listed.

-- TITLE_COLUMNS
id, community_id AS "communityId", title_kind AS "titleKind", year,
campaign_id AS "campaignId", certificate_number AS "certificateNumber",
to_char(valid_until, 'YYYY-MM-DD') AS "validUntil", to_char(revoked_at, 'YYYY-MM-DD') AS "revokedAt",
revoked_reason AS "revokedReason", source;

-- TitleRepository.page
SELECT ${TITLE_COLUMNS} FROM community_title WHERE ${where}
ORDER BY community_path, year, certificate_number LIMIT ${filter.limit} OFFSET ${filter.offset};

-- TitleRepository.page
SELECT count(*)::text AS total FROM community_title WHERE ${where};

-- TitleRepository.lock
SELECT ${TITLE_COLUMNS}, community_path AS "communityPath" FROM community_title
WHERE id = $1 FOR UPDATE;

-- TitleRepository.revoke
UPDATE community_title SET revoked_at = $2::date, revoked_reason = $3 WHERE id = $1::uuid
RETURNING ${TITLE_COLUMNS};

-- TitleRepository.insertImported
INSERT INTO community_title (community_id, community_path, title_kind, year, certificate_number,
                             valid_until, revoked_at, source)
SELECT community_id, community_path, title_kind, year, certificate_number, valid_until, revoked_at, 'IMPORT'
  FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::date[], $7::date[])
       AS t(community_id, community_path, title_kind, year, certificate_number, valid_until, revoked_at);

-- TitleRepository.takenCertificates
SELECT certificate_number FROM community_title WHERE certificate_number = ANY($1::text[]);
