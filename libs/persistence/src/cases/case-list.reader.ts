import type { EntityManager } from 'typeorm';

/** Which of a campaign's cases a reader may see (the authorisation rule, as the service decides it). */
export type CaseVisibility =
  | { kind: 'ALL' }
  | { kind: 'SUBTREE'; pathPrefix: string }
  | { kind: 'COMMUNITY'; communityId: string }
  | { kind: 'INSPECTOR'; userId: string }
  | { kind: 'NONE' };

export interface CasePageQuery {
  campaignId: string;
  visibility: CaseVisibility;
  stage?: string;
  streetId?: string;
  tier?: string;
  overdue?: boolean;
  limit: number;
  offset: number;
}

/**
 * One row of a page of the case list, already in the shape the API answers (CaseSummaryView): built by
 * the statement, so concurrent readers sharing it (CoalescedReads) share the rows too, with nothing to map
 * per request.
 */
export interface CaseListRow {
  communityId: string;
  /** Out of the snapshot; the community id when the snapshot has no name. */
  communityName: string;
  streetId: string | null;
  /** The street's name (looked up for the page's rows only, after paging). */
  streetName: string | null;
  stage: string;
  tier: string | null;
  totalScore: number | null;
  /** ISO 8601 in UTC with milliseconds, as Date#toISOString writes it. */
  dueAt: string | null;
  /** The deadline has passed (the database's clock, the same the overdue filter reads). */
  overdue: boolean;
  seq: number;
}

/**
 * One page of a campaign's cases and the number of all that match, in one statement. The page is an
 * index range on (campaign_id[, stage | street_id | tier], community_id) and reads only the columns the
 * table shows (never the whole snapshot). The total is read from the progress counters (case_stage_count:
 * one row per stage, tier and renewal of the node) whenever the rows a reader sees are exactly a subtree's
 * — the whole campaign, an office's subtree, a street of it — so a 100,000-case campaign is not counted
 * row by row on every page; otherwise (a community, an inspector, the overdue filter) it counts the rows.
 */
export async function readCasePage(
  db: EntityManager,
  filter: CasePageQuery,
): Promise<{ rows: CaseListRow[]; total: number }> {
  const params: unknown[] = [filter.campaignId];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['c.campaign_id = $1'];
  const { visibility } = filter;
  // The subtree whose counters hold the total: null when the rows seen are not exactly one.
  let subtreePath: string | null = null;
  switch (visibility.kind) {
    case 'ALL':
      subtreePath = `(SELECT j.path FROM campaign k JOIN jurisdiction j ON j.id = k.scope_jurisdiction_id WHERE k.id = $1)`;
      break;
    case 'SUBTREE':
      where.push(`c.community_path LIKE ${param(visibility.pathPrefix)} || '%'`);
      subtreePath = `$${params.length}::text`;
      break;
    case 'COMMUNITY':
      where.push(`c.community_id = ${param(visibility.communityId)}`);
      break;
    case 'INSPECTOR':
      where.push(`${param(visibility.userId)} = ANY(c.inspector_ids)`);
      break;
    case 'NONE':
      where.push('false');
      break;
  }
  const counterWhere: string[] = [];
  if (filter.stage) {
    where.push(`c.stage = ${param(filter.stage)}`);
    counterWhere.push(`s.stage = $${params.length}`);
  }
  if (filter.tier) {
    where.push(`c.tier = ${param(filter.tier)}`);
    counterWhere.push(`s.tier = $${params.length}`);
  }
  let counterNode =
    subtreePath === null ? null : `(SELECT path, level FROM jurisdiction WHERE path = ${subtreePath})`;
  if (filter.streetId) {
    where.push(`c.street_id = ${param(filter.streetId)}`);
    // The street's own counters, when the street lies inside the subtree seen (else the count decides: 0).
    counterNode =
      subtreePath === null
        ? null
        : `(SELECT path, level FROM jurisdiction WHERE id = $${params.length} AND level = 'STREET'
             AND path LIKE ${subtreePath} || '%')`;
  }
  if (filter.overdue) {
    where.push('c.due_at < now()');
    counterNode = null;
  }
  const condition = where.join(' AND ');
  const counted = `(SELECT count(*) FROM case_projection c WHERE ${condition})`;
  const total =
    counterNode === null
      ? counted
      : `(SELECT CASE WHEN n.level IS NOT NULL AND n.level <> 'COMMUNITY'
                 THEN (SELECT COALESCE(sum(s.n), 0) FROM case_stage_count s
                        WHERE s.campaign_id = $1 AND s.node_path = n.path
                          ${counterWhere.map((c) => `AND ${c}`).join(' ')})
                 ELSE ${counted} END
            FROM (SELECT NULL) one LEFT JOIN ${counterNode} n ON true)`;
  const rows = await db.query<(CaseListRow & { total: string | null })[]>(
    `SELECT t.total::text AS total, p."communityId", p."communityName", p."streetId",
            (SELECT j.name FROM jurisdiction j WHERE j.id = p."streetId") AS "streetName",
            p.stage, p.tier, p."totalScore", p."dueAt", p.overdue, p.seq
       FROM (SELECT ${total} AS total) t
       LEFT JOIN LATERAL (
         SELECT c.community_id AS "communityId",
                COALESCE(c.snapshot #>> '{community,name}', c.community_id) AS "communityName",
                c.street_id AS "streetId", c.stage, c.tier, c.total_score::float8 AS "totalScore",
                to_char(c.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "dueAt",
                COALESCE(c.due_at < now(), false) AS overdue, c.seq
           FROM case_projection c WHERE ${condition}
          ORDER BY c.community_id LIMIT ${param(filter.limit)} OFFSET ${param(filter.offset)}) p ON true`,
    params,
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.filter((row) => row.communityId !== null).map(({ total: _total, ...row }) => row),
  };
}
