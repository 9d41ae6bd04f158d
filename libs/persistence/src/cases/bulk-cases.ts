import { EntityManager } from 'typeorm';
import {
  Actor,
  applyCampaignDeadline,
  caseDomainEvents,
  caseEvents,
  CaseStage,
  CaseState,
  closeForCancelledCampaign,
  closeNotApplied,
  closureEventKey,
  DomainEventType,
  isClosed,
  UserRole,
} from '@app/domain';
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

// The cases of the campaign whose workflow has not started and that still wait for their application.
const UNSTARTED = `campaign_id = $1 AND NOT workflow_started AND stage = '${CaseStage.INVITED}'`;

/** One case file of the campaign's unstarted cases, to run the domain's step on; null when there is none. */
async function oneUnstartedCase(manager: EntityManager, campaignId: string): Promise<CaseState | null> {
  const rows: { snapshot: CaseState }[] = await manager.query(
    `SELECT snapshot FROM case_projection WHERE ${UNSTARTED} LIMIT 1`,
    [campaignId],
  );
  return rows[0]?.snapshot ?? null;
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

/** A campaign-wide close of the cases no workflow has taken: the deadline passed, or the campaign was cancelled. */
export type UnstartedClosure =
  { kind: 'NOT_APPLIED'; at: string } | { kind: 'CANCELLED'; reason: string; actor: Actor; at: string };

/** The domain's step for one such case (the same its workflow takes on its own timer or signal). */
function closeOne(invited: CaseState, closure: UnstartedClosure): CaseState {
  const now = Date.parse(closure.at);
  return closure.kind === 'NOT_APPLIED'
    ? closeNotApplied(invited, now)
    : closeForCancelledCampaign(invited, { reason: closure.reason, actor: closure.actor }, now);
}

/**
 * What the domain step does to an unstarted case, in the shape the set-based statements apply to every
 * such case: the fields of the case file it changes (seq aside: a set-based change is not a step of the
 * case's run, whose opening takes the file as it finds it, at seq 0), the decisions it adds, and the
 * outbound events it means with their data (per-case ids aside). Unstarted cases of a campaign differ
 * only in their community, which no step reads.
 */
export function unstartedStep(invited: CaseState, next: CaseState) {
  const { seq: _seq, decisions: _decisions, ...fields } = next;
  const changed = Object.fromEntries(
    Object.entries(fields).filter(
      ([field, value]) => JSON.stringify(value) !== JSON.stringify(invited[field as keyof CaseState]),
    ),
  );
  const events = caseEvents(invited, next, null).flatMap((event) =>
    caseDomainEvents({ ...event, seq: invited.seq }, null).map(({ type, data }) => {
      const { workflowId: _workflowId, communityId: _communityId, ...shared } = data;
      return { type, data: shared };
    }),
  );
  return { changed, added: next.decisions.slice(invited.decisions.length), events };
}

/**
 * Closes, in one statement, every case of the campaign still waiting for its first application and not
 * taken by a workflow (一次性关闭未申报, or all of them when the campaign is cancelled), exactly as the
 * domain's step closes one (closeNotApplied, closeForCancelledCampaign, run here on one of those cases),
 * and in the same statement puts each closed case's domain events in the outbox for webhook subscribers,
 * keyed as its workflow would key its closure (closureEventKey). Returns how many.
 */
export async function closeUnstartedCases(
  manager: EntityManager,
  campaignId: string,
  closure: UnstartedClosure,
): Promise<number> {
  const invited = await oneUnstartedCase(manager, campaignId);
  if (invited === null) return 0;
  const closed = closeOne(invited, closure);
  if (!isClosed(closed.stage)) throw new Error(`${closure.kind} left an unstarted case ${closed.stage}`);
  const { changed, added, events } = unstartedStep(invited, closed);
  const rows: { n: string }[] = await manager.query(
    `WITH closed AS (
       UPDATE case_projection
          SET stage = $2, due_at = NULL, updated_at = now(),
              snapshot = snapshot || $3::jsonb || jsonb_build_object('decisions', (snapshot -> 'decisions') || $4::jsonb)
        WHERE ${UNSTARTED}
        RETURNING workflow_id, campaign_id, community_id
     ), message AS (
       INSERT INTO outbox_message (key, type, campaign_id, payload, occurred_at)
       SELECT ${closureEventKeySql('c.workflow_id', "(e ->> 'type')")}, e ->> 'type', c.campaign_id,
              jsonb_build_object('workflowId', c.workflow_id, 'communityId', c.community_id) || (e -> 'data'),
              $6::timestamptz
         FROM closed c CROSS JOIN jsonb_array_elements($5::jsonb) AS e
       ON CONFLICT (key) DO NOTHING
       RETURNING id, type, campaign_id
     ), delivery AS (${WEBHOOK_DELIVERIES_FROM_MESSAGE}
     )
     SELECT count(*) AS n FROM closed`,
    [
      campaignId,
      closed.stage,
      JSON.stringify(changed),
      JSON.stringify(added),
      JSON.stringify(events),
      closure.at,
    ],
  );
  return Number(rows[0].n);
}

/**
 * Moves the application deadline of every not-yet-started case (a campaign-wide extension) as the domain
 * moves one case's (applyCampaignDeadline, run here on one of them): later only, the same deadline
 * record. The decision that step adds is not written to these files: the campaign's audit chain records
 * the extension (EXTEND_PHASE_UNSTARTED), and a case that starts later opens on the campaign's new
 * schedule. Returns how many cases moved.
 */
export async function moveUnstartedApplicationDeadline(
  manager: EntityManager,
  change: { campaignId: string; dueAt: string; at: string; actor: Actor; reason: string },
): Promise<number> {
  const invited = await oneUnstartedCase(manager, change.campaignId);
  if (invited === null) return 0;
  const { campaignId, dueAt, reason, actor } = change;
  const moved = applyCampaignDeadline(
    invited,
    { deadline: 'application', dueAt, reason, actor },
    Date.parse(change.at),
  );
  const deadline = moved.deadlines.application;
  if (moved === invited || !deadline) return 0;
  const sql = `
    UPDATE case_projection
       SET due_at = $2::timestamptz, updated_at = now(),
           snapshot = jsonb_set(snapshot, '{deadlines,application}', $3::jsonb)
     WHERE ${UNSTARTED}`;
  return count(manager, sql, [campaignId, deadline.dueAt, JSON.stringify(deadline)]);
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
      JOIN app_user u ON u.role = '${UserRole.COMMUNITY}' AND u.scope_id = c.community_id AND u.status = 'ACTIVE'
     WHERE c.campaign_id = $1 AND NOT c.workflow_started AND c.stage = '${CaseStage.INVITED}'
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

// A case is ready for the top-N ranking when it is closed (the domain's isClosed), or in notice with the
// notice over and no objection open.
const OPEN_BEFORE_NOTICE = Object.values(CaseStage)
  .filter((stage) => !isClosed(stage) && stage !== CaseStage.NOTICE)
  .map((stage) => `'${stage}'`)
  .join(', ');
const AWAITING_TOP_N = `
  campaign_id = $1 AND (
    stage IN (${OPEN_BEFORE_NOTICE})
    OR (stage = '${CaseStage.NOTICE}' AND ((snapshot ->> 'noticeEndsAt')::timestamptz > now()
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
      WHERE campaign_id = $1 AND stage = '${CaseStage.NOTICE}' AND NOT (${AWAITING_TOP_N})`,
      [campaignId],
    );
  return rows.map((row) => ({
    communityId: row.community_id,
    total: Number(row.total),
    deviation: row.deviation === null ? null : Number(row.deviation),
    appliedAt: row.applied_at,
  }));
}
