import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  applyCampaignDeadline,
  caseDomainEvents,
  caseEvents,
  CaseState,
  closeForCancelledCampaign,
  closeNotApplied,
  newCaseState,
} from '@app/domain';
import {
  closeUnstartedCases,
  dataSourceOptions,
  insertInvitedCases,
  moveUnstartedApplicationDeadline,
} from '@app/persistence';
import { caseInput, ORGANIZER } from '../support/case-fixtures';

// The set-based statements on cases whose workflow has not started are the domain's per-case steps
// applied to many rows at once. Each is held here to the step: the case file and the outbox messages a
// statement writes for a case equal what the step makes of that same case file (real PostgreSQL).

describe('bulk twins: each set-based statement writes what the domain step makes of the same case', () => {
  let dataSource: DataSource;
  const tree = `tw${randomUUID().slice(0, 6)}`;
  const street = `${tree}-s`;
  const communities = [`${tree}-1`, `${tree}-2`];

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL!)).initialize();
    await dataSource.query(
      `INSERT INTO jurisdiction (id, parent_id, level, name, path) VALUES
         ($1, NULL, 'PROVINCE', '测试省', '/' || $1 || '/'), ($2, $1, 'STREET', '街道', '/' || $1 || '/' || $2 || '/')`,
      [tree, street],
    );
    for (const id of communities)
      await dataSource.query(
        `INSERT INTO jurisdiction (id, parent_id, level, name, kind, path)
         VALUES ($1, $2, 'COMMUNITY', $1, 'URBAN', '/' || $3 || '/' || $2 || '/' || $1 || '/')`,
        [id, street, tree],
      );
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  /** A launched campaign's unstarted cases (as the launch writes them); returns the campaign id. */
  async function launched(): Promise<string> {
    const input = caseInput();
    const template = newCaseState('', input, Date.now());
    await dataSource.transaction((tx) =>
      insertInvitedCases(tx, { id: input.campaignId, scopePath: `/${tree}/`, template }),
    );
    return input.campaignId;
  }

  const files = async (campaignId: string) =>
    dataSource.query<{ community_id: string; stage: string; due_at: Date | null; snapshot: CaseState }[]>(
      `SELECT community_id, stage, due_at, snapshot FROM case_projection WHERE campaign_id = $1 ORDER BY community_id`,
      [campaignId],
    );

  const messages = async (workflowId: string) =>
    dataSource.query<{ key: string; type: string; payload: unknown; occurred_at: Date }[]>(
      `SELECT key, type, payload, occurred_at FROM outbox_message WHERE payload ->> 'workflowId' = $1 ORDER BY key`,
      [workflowId],
    );

  /** The outbox messages the domain means for the step from `before` to `after`, as the outbox keeps them. */
  const eventsOf = (before: CaseState, after: CaseState) =>
    caseEvents(before, after, null)
      .flatMap((event) => caseDomainEvents(event, null))
      .map((event) => ({
        key: event.key,
        type: event.type,
        payload: event.data,
        occurred_at: new Date(event.occurredAt),
      }))
      .sort((a, b) => (a.key < b.key ? -1 : 1));

  // The one difference, by design: a set-based change is not a step of the case's run. Its seq stays
  // where the file was (0), so a workflow opening later takes the file as its own without counting it.
  const atSeqOf = (before: CaseState, after: CaseState): CaseState => ({ ...after, seq: before.seq });
  const eventsAtSeq = (before: CaseState, after: CaseState) =>
    eventsOf(before, after).map((event) => ({
      ...event,
      payload: { ...(event.payload as object), seq: before.seq },
    }));

  it('closeUnstartedCases (NOT_APPLIED) should write closeNotApplied: the file, the stage, the outbox', async () => {
    const campaignId = await launched();
    const before = await files(campaignId);
    const at = new Date().toISOString();

    expect(
      await dataSource.transaction((tx) => closeUnstartedCases(tx, campaignId, { kind: 'NOT_APPLIED', at })),
    ).toBe(2);

    const after = await files(campaignId);
    for (const [index, row] of after.entries()) {
      const invited = before[index].snapshot;
      const expected = closeNotApplied(invited, Date.parse(at));
      expect(row.snapshot).toEqual(atSeqOf(invited, expected));
      expect({ stage: row.stage, due_at: row.due_at }).toEqual({ stage: expected.stage, due_at: null });
      expect(await messages(invited.workflowId)).toEqual(eventsAtSeq(invited, expected));
    }
    expect(after[0].snapshot.stage).toBe('NOT_APPLIED');
    expect((await messages(before[0].snapshot.workflowId)).map((message) => message.type)).toEqual([
      'case.deadline_missed',
      'case.stage_changed',
    ]);
  });

  it('closeUnstartedCases (CANCELLED) should write closeForCancelledCampaign, attributed to who cancelled', async () => {
    const campaignId = await launched();
    const before = await files(campaignId);
    const at = new Date().toISOString();
    const closure = { kind: 'CANCELLED' as const, reason: '上级通知暂停', actor: ORGANIZER, at };

    expect(await dataSource.transaction((tx) => closeUnstartedCases(tx, campaignId, closure))).toBe(2);

    const after = await files(campaignId);
    for (const [index, row] of after.entries()) {
      const invited = before[index].snapshot;
      const expected = closeForCancelledCampaign(invited, closure, Date.parse(at));
      expect(row.snapshot).toEqual(atSeqOf(invited, expected));
      expect({ stage: row.stage, due_at: row.due_at }).toEqual({ stage: expected.stage, due_at: null });
      expect(await messages(invited.workflowId)).toEqual(eventsAtSeq(invited, expected));
    }
    expect(after[0].snapshot).toMatchObject({
      stage: 'WITHDRAWN',
      closedReason: 'campaign cancelled: 上级通知暂停',
    });
    expect(after[0].snapshot.decisions.at(-1)?.by).toEqual(ORGANIZER);
  });

  it('moveUnstartedApplicationDeadline should write the deadline applyCampaignDeadline sets; no outbox message', async () => {
    const campaignId = await launched();
    const before = await files(campaignId);
    const at = new Date().toISOString();
    const dueAt = new Date(Date.now() + 86_400_000).toISOString();
    const change = { deadline: 'application' as const, dueAt, reason: '延长申报', actor: ORGANIZER };

    expect(
      await dataSource.transaction((tx) =>
        moveUnstartedApplicationDeadline(tx, {
          campaignId,
          dueAt,
          at,
          actor: ORGANIZER,
          reason: change.reason,
        }),
      ),
    ).toBe(2);

    const after = await files(campaignId);
    for (const [index, row] of after.entries()) {
      const invited = before[index].snapshot;
      const expected = applyCampaignDeadline(invited, change, Date.parse(at));
      // The step's decision goes to the campaign's audit chain instead (EXTEND_PHASE_UNSTARTED): the
      // case file keeps only what its workflow, once started, would read — the deadline.
      expect(row.snapshot).toEqual({ ...invited, deadlines: expected.deadlines });
      expect(expected.deadlines.application).toEqual({ dueAt, setAt: at });
      expect(row.due_at).toEqual(new Date(dueAt));
      expect(await messages(invited.workflowId)).toEqual([]);
    }
  });

  it('moveUnstartedApplicationDeadline should move nothing earlier, as applyCampaignDeadline does not', async () => {
    const campaignId = await launched();
    const before = await files(campaignId);
    const earlier = new Date(Date.now() + 60_000).toISOString();
    const at = new Date().toISOString();

    const moved = await dataSource.transaction((tx) =>
      moveUnstartedApplicationDeadline(tx, {
        campaignId,
        dueAt: earlier,
        at,
        actor: ORGANIZER,
        reason: '提前',
      }),
    );

    expect(moved).toBe(0);
    expect(
      applyCampaignDeadline(
        before[0].snapshot,
        { deadline: 'application', dueAt: earlier, reason: '提前', actor: ORGANIZER },
        Date.parse(at),
      ),
    ).toBe(before[0].snapshot);
    expect(await files(campaignId)).toEqual(before);
  });
});
