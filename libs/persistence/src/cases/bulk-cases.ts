import { EntityManager } from 'typeorm';
import { CaseStage, CaseState, closureEventKey, DomainEventType, isClosed, SYSTEM_ACTOR } from '@app/domain';
import { WEBHOOK_DELIVERIES_FROM_MESSAGE } from '../outbox/outbox.writer';

// Set-based work on the cases of one campaign whose workflow has not started yet (the community has
// not acted): one statement each, whatever the number of communities. Rows of started cases belong to
// their workflow and are never touched here.

async function count(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const rows: { n: string }[] = await manager.query(
    `WITH changed AS (${sql} RETURNING 1) SELECT count(*) AS n FROM changed`,
    parameters,
  );
  return Number(rows[0].n);
}

// One case row per community j from the template case file (the same newCaseState a workflow starts
// from); $1 campaign id, $2 the communities' filter value, $3 the template, $4 the application due date.
function insertInvited(
  manager: EntityManager,
  campaign: { id: string; template: CaseState },
  where: string,
  filter: unknown,
) {
  const sql = `
    INSERT INTO case_projection (workflow_id, campaign_id, community_id, stage, seq, snapshot, community_path, street_id,
                                 inspector_ids, due_at, workflow_started, updated_at)
    SELECT 'case:' || $1 || ':' || j.id, $1, j.id, 'INVITED', 0,
           $3::jsonb || jsonb_build_object(
             'workflowId', 'case:' || $1 || ':' || j.id, 'communityId', j.id,
             'community', jsonb_build_object('id', j.id, 'name', j.name, 'kind', j.kind, 'streetId', j.parent_id, 'path', j.path)),
           j.path, j.parent_id, '{}', $4::timestamptz, false, now()
      FROM jurisdiction j
     WHERE j.level = 'COMMUNITY' AND j.eligible AND ${where}
    ON CONFLICT (workflow_id) DO NOTHING`;
  const { id, template } = campaign;
  return count(manager, sql, [id, filter, JSON.stringify(template), template.deadlines.application?.dueAt]);
}

/**
 * Launch (发布通知): a case row for every eligible community under the scope path. Existing rows are
 * kept, so a retried launch writes nothing twice. Returns the number of new cases.
 */
export function insertInvitedCases(
  manager: EntityManager,
  campaign: { id: string; scopePath: string; template: CaseState },
): Promise<number> {
  return insertInvited(manager, campaign, `j.path LIKE $2 || '%'`, campaign.scopePath);
}

/** The communities (by id) to add to a launched campaign's scope, as for a launch. */
export function insertInvitedCasesFor(
  manager: EntityManager,
  campaign: { id: string; template: CaseState },
  communityIds: string[],
): Promise<number> {
  return insertInvited(manager, campaign, `j.id = ANY($2::text[])`, communityIds);
}

/**
 * `closureEventKey` (libs/domain) as a SQL expression over the given column expressions, built by calling
 * the function itself with markers in their place: the set-based close keys a case's closure exactly as
 * its workflow would, so whichever path closes a case, the outbox holds one message per event.
 */
export function closureEventKeySql(workflowIdSql: string, typeSql: string): string {
  const [workflowMark, typeMark] = ['{{workflowId}}', '{{type}}'];
  return closureEventKey(workflowMark, typeMark as DomainEventType)
    .split(/(\{\{workflowId\}\}|\{\{type\}\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === workflowMark) return workflowIdSql;
      if (part === typeMark) return typeSql;
      return `'${part.replaceAll("'", "''")}'`;
    })
    .join(' || ');
}

/**
 * A case's workflow takes its row over as it opens, unless the campaign's set-based close got there
 * first. The row is locked, so this and closeUnstartedCases (which only closes rows no workflow has taken)
 * are ordered: exactly one of them owns the case from then on. Returns the case file the close left
 * when it won; null when the row is the workflow's (taken now, taken before, or no row yet).
 */
export async function claimCaseForWorkflow(
  manager: EntityManager,
  workflowId: string,
): Promise<{ closedByCampaign: CaseState | null }> {
  const rows: { stage: CaseStage; workflow_started: boolean; snapshot: CaseState }[] = await manager.query(
    'SELECT stage, workflow_started, snapshot FROM case_projection WHERE workflow_id = $1 FOR UPDATE',
    [workflowId],
  );
  const row = rows[0];
  if (row === undefined || row.workflow_started) return { closedByCampaign: null };
  if (isClosed(row.stage)) return { closedByCampaign: row.snapshot };
  await manager.query(
    'UPDATE case_projection SET workflow_started = true, updated_at = now() WHERE workflow_id = $1',
    [workflowId],
  );
  return { closedByCampaign: null };
}

/**
 * Closes, in one statement, every case of the campaign still waiting for its first application (一次性
 * 关闭未申报, or all of them when the campaign is cancelled) and not taken by a workflow, and in the same
 * statement puts each closed case's domain events in the outbox for webhook subscribers, keyed as its
 * workflow would key its closure (closureEventKey). Returns how many.
 */
export async function closeUnstartedCases(
  manager: EntityManager,
  change: {
    campaignId: string;
    stage: 'NOT_APPLIED' | 'WITHDRAWN';
    action: string;
    reason: string;
    at: string;
  },
): Promise<number> {
  const decision = { action: change.action, at: change.at, by: SYSTEM_ACTOR, reasons: [change.reason] };
  const types =
    change.stage === 'NOT_APPLIED' ? ['case.stage_changed', 'case.deadline_missed'] : ['case.stage_changed'];
  const rows: { n: string }[] = await manager.query(
    `WITH closed AS (
       UPDATE case_projection
          SET stage = $2, due_at = NULL, updated_at = now(),
              snapshot = snapshot || jsonb_build_object('stage', $2::text, 'closedReason', $3::text,
                                                         'decisions', (snapshot -> 'decisions') || $4::jsonb)
        WHERE campaign_id = $1 AND NOT workflow_started AND stage = 'INVITED'
        RETURNING workflow_id, campaign_id, community_id
     ), message AS (
       INSERT INTO outbox_message (key, type, campaign_id, payload, occurred_at)
       SELECT ${closureEventKeySql('c.workflow_id', 't.type')}, t.type, c.campaign_id,
              jsonb_build_object('workflowId', c.workflow_id, 'campaignId', c.campaign_id, 'communityId', c.community_id,
                                 'seq', 0, 'action', $5::text, 'actor', $7::jsonb, 'stageBefore', 'INVITED',
                                 'stageAfter', $2::text)
              || CASE WHEN t.type = 'case.deadline_missed' THEN jsonb_build_object('deadline', 'application') ELSE '{}'::jsonb END,
              $8::timestamptz
         FROM closed c CROSS JOIN unnest($6::text[]) AS t(type)
       ON CONFLICT (key) DO NOTHING
       RETURNING id, type, campaign_id
     ), delivery AS (${WEBHOOK_DELIVERIES_FROM_MESSAGE}
     )
     SELECT count(*) AS n FROM closed`,
    [
      change.campaignId,
      change.stage,
      change.reason,
      JSON.stringify([decision]),
      change.action,
      types,
      JSON.stringify(SYSTEM_ACTOR),
      change.at,
    ],
  );
  return Number(rows[0].n);
}

/** Moves the application deadline of every not-yet-started case (a campaign-wide extension). */
export function moveUnstartedApplicationDeadline(
  manager: EntityManager,
  change: { campaignId: string; dueAt: string; at: string },
): Promise<number> {
  const sql = `
    UPDATE case_projection
       SET due_at = $2::timestamptz, updated_at = now(),
           snapshot = jsonb_set(snapshot, '{deadlines,application}', jsonb_build_object('dueAt', $4::text, 'setAt', $3::text))
     WHERE campaign_id = $1 AND NOT workflow_started AND stage = 'INVITED'`;
  // The due date goes in twice: as a timestamp for the column, as the ISO text the case file keeps.
  return count(manager, sql, [change.campaignId, change.dueAt, change.at, change.dueAt]);
}

/**
 * One reminder to every community of the campaign that has not applied yet and has no workflow, in
 * one statement; (key, user) makes a repeated tick a no-op. Returns the number of inbox rows written.
 */
export function remindUnstartedCases(
  manager: EntityManager,
  reminder: { campaignId: string; keyPrefix: string; kind: string; title: string; body: string },
): Promise<number> {
  const sql = `
    INSERT INTO notification (key, user_id, kind, campaign_id, workflow_id, community_id, title, body)
    SELECT $2 || '|' || c.community_id, u.id, $3, c.campaign_id, c.workflow_id, c.community_id, $4, $5
      FROM case_projection c
      JOIN app_user u ON u.role = 'COMMUNITY' AND u.scope_id = c.community_id AND u.status = 'ACTIVE'
     WHERE c.campaign_id = $1 AND NOT c.workflow_started AND c.stage = 'INVITED'
    ON CONFLICT (key, user_id) DO NOTHING`;
  return count(manager, sql, [
    reminder.campaignId,
    reminder.keyPrefix,
    reminder.kind,
    reminder.title,
    reminder.body,
  ]);
}

/** A page of started cases (their workflows get the campaign's signals), in community order. */
export async function startedCasePage(
  manager: EntityManager,
  page: { campaignId: string; afterCommunityId: string; limit: number },
): Promise<string[]> {
  const rows: { workflow_id: string; community_id: string }[] = await manager.query(
    `SELECT workflow_id, community_id FROM case_projection
      WHERE campaign_id = $1 AND workflow_started AND community_id > $2
      ORDER BY community_id LIMIT $3`,
    [page.campaignId, page.afterCommunityId, page.limit],
  );
  return rows.map((row) => row.community_id);
}

// A case is ready for the top-N ranking when it is closed, or in notice with the notice over and no
// objection open.
const AWAITING_TOP_N = `
  campaign_id = $1 AND (
    stage IN ('INVITED', 'APPLICATION_REVIEW', 'RETURNED', 'SELF_CHECK', 'INSPECTION', 'RECTIFICATION', 'SCORING')
    OR (stage = 'NOTICE' AND ((snapshot ->> 'noticeEndsAt')::timestamptz > now()
                              OR jsonb_path_exists(snapshot, '$.objections[*] ? (@.resolution == null)'))))`;

/** How many cases of the campaign the top-N ranking still waits for. */
export async function countAwaitingTopN(manager: EntityManager, campaignId: string): Promise<number> {
  const rows: { n: string }[] = await manager.query(
    `SELECT count(*) AS n FROM case_projection WHERE ${AWAITING_TOP_N}`,
    [campaignId],
  );
  return Number(rows[0].n);
}

/** The cases competing for the top N: in notice, notice over, no objection open; with what ranks them. */
export async function topNCandidates(
  manager: EntityManager,
  campaignId: string,
): Promise<{ communityId: string; total: number; deviation: number | null; appliedAt: string | null }[]> {
  const rows: { community_id: string; total: string; deviation: string | null; applied_at: string | null }[] =
    await manager.query(
      `SELECT community_id, total_score AS total, snapshot -> 'score' ->> 'deviation' AS deviation,
            snapshot -> 'applications' -> -1 ->> 'submittedAt' AS applied_at
       FROM case_projection
      WHERE campaign_id = $1 AND stage = 'NOTICE' AND NOT (${AWAITING_TOP_N})`,
      [campaignId],
    );
  return rows.map((row) => ({
    communityId: row.community_id,
    total: Number(row.total),
    deviation: row.deviation === null ? null : Number(row.deviation),
    appliedAt: row.applied_at,
  }));
}
