import { randomUUID } from 'node:crypto';
import { CaseInput, CaseStage, formatLocalDateTime } from '@app/domain';
import * as contract from '@app/workflows/community-case/community-case.contract';
import { CLERK, ORGANIZER, startCase } from '../support/case-fixtures';
import { seedCaseTree, treeCaseInput } from '../support/case-tree';
import { eventually } from '../support/eventually';
import { createWorkerHarness, WorkerHarness } from '../support/test-worker';

const iso = (ms: number) => new Date(ms).toISOString();

describe('reminders and escalation follow the deadline (real Temporal dev server, real PostgreSQL)', () => {
  let harness: WorkerHarness;
  let users: Record<'clerk' | 'organizer' | 'observer' | 'otherOrganizer', string>;

  beforeAll(async () => {
    harness = await createWorkerHarness();
    await seedCaseTree(harness.dataSource, 'rx');
    const add = async (role: string, scope: string): Promise<string> => {
      const rows: { id: string }[] = await harness.dataSource.query(
        `INSERT INTO app_user (username, display_name, password_hash, role, scope_id) VALUES ($1, $1, 'x', $2, $3) RETURNING id`,
        [`${role.toLowerCase()}-${randomUUID().slice(0, 8)}`, role, scope],
      );
      return rows[0].id;
    };
    users = {
      clerk: await add('COMMUNITY', 'rx-01'),
      organizer: await add('ORGANIZER', 'rx-street-a'),
      observer: await add('OBSERVER', 'rx'),
      otherOrganizer: await add('ORGANIZER', 'rx-street-b'),
    };
  });
  afterAll(async () => {
    await harness.close();
  });

  function input(campaign: (base: CaseInput) => Partial<CaseInput>): CaseInput {
    const base = treeCaseInput(`r-${randomUUID().slice(0, 8)}`, 'rx-01');
    return { ...base, ...campaign(base) };
  }
  const inbox = async (workflowId: string): Promise<{ user_id: string; key: string; kind: string }[]> =>
    harness.dataSource.query(
      'SELECT user_id, key, kind FROM notification WHERE workflow_id = $1 ORDER BY id',
      [workflowId],
    );
  const sent = async (
    handle: Awaited<ReturnType<typeof startCase>>['handle'],
    count: number,
  ): Promise<string[]> =>
    eventually(async () => {
      const keys = (await handle.query(contract.caseViewQuery)).state.remindersSent;
      expect(keys.length).toBeGreaterThanOrEqual(count);
      return keys;
    });

  it('should remind once for the first due date and once for the extended one, never twice', async () => {
    // Each due date is set by an action, and its reminder falls LEAD_MS after it: a reminder point from
    // before its deadline was set is skipped by design, so the margin must cover one Update on a busy machine.
    const LEAD_MS = 3000;
    const OFFSET_MS = 60_000;
    const { handle } = await startCase(
      harness,
      // The schedule's own due date has its reminder before the stage opens, so only the moves count.
      input((base) => ({
        schedule: { ...base.schedule, selfCheckDueAt: iso(Date.now() + OFFSET_MS / 2) },
        timings: { ...base.timings, reminderOffsetsMs: [OFFSET_MS] },
      })),
    );
    await handle.executeUpdate(contract.submitApplicationUpdate, { args: [{ content: {}, actor: CLERK }] });
    await handle.executeUpdate(contract.reviewApplicationUpdate, {
      args: [{ decision: 'ACCEPT', reasons: [], actor: ORGANIZER }],
    });
    const extend = (newDueAt: string) =>
      handle.executeUpdate(contract.extendDeadlineUpdate, {
        args: [{ newDueAt, reason: '延期', actor: ORGANIZER }],
      });
    const firstDue = (await extend(iso(Date.now() + OFFSET_MS + LEAD_MS))).state.deadlines.selfCheck!.dueAt;
    await sent(handle, 1);

    const secondDue = (await extend(iso(Date.now() + OFFSET_MS + LEAD_MS))).state.deadlines.selfCheck!.dueAt;
    const keys = await sent(handle, 2);
    await handle.executeUpdate(contract.submitSelfCheckUpdate, {
      args: [{ scores: { 'A-01': 10, 'A-02': 5, 'B-01': 10 }, evidence: {}, notes: '', actor: CLERK }],
    });

    const expected = [firstDue, secondDue].map(
      (due) => `${handle.workflowId}|selfCheck@${due}|BEFORE-${OFFSET_MS}`,
    );
    expect(keys).toEqual(expected);
    // Patch local-time-texts: the due time in the text as a person in the case's zone reads it.
    const titles = await harness.dataSource.query<{ title: string }[]>(
      'SELECT title FROM notification WHERE workflow_id = $1 ORDER BY id',
      [handle.workflowId],
    );
    expect(titles.map((row) => row.title)).toEqual(
      [firstDue, secondDue].map(
        (due) => `提醒：请于 ${formatLocalDateTime(due, 'Asia/Shanghai')} 前提交自查报告`,
      ),
    );
    expect(titles[0].title).toMatch(/^提醒：请于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 前提交自查报告$/);
    expect(await inbox(handle.workflowId)).toEqual(
      expected.map((key) => ({ user_id: users.clerk, key, kind: 'BEFORE' })),
    );
  });

  it('should repeat while overdue and escalate to the area supervisor and the organizer, not to another street', async () => {
    const start = Date.now();
    const { handle } = await startCase(
      harness,
      input((base) => ({
        schedule: { ...base.schedule, inspectionDueAt: iso(start + 1000) },
        timings: { ...base.timings, overdueRepeatMs: 1000, escalateAfterMs: 1500 },
      })),
    );
    await handle.executeUpdate(contract.submitApplicationUpdate, { args: [{ content: {}, actor: CLERK }] });
    await handle.executeUpdate(contract.reviewApplicationUpdate, {
      args: [{ decision: 'ACCEPT', reasons: [], actor: ORGANIZER }],
    });
    const inspecting = await handle.executeUpdate(contract.submitSelfCheckUpdate, {
      args: [{ scores: { 'A-01': 10, 'A-02': 5, 'B-01': 10 }, evidence: {}, notes: '', actor: CLERK }],
    });
    expect(inspecting.state.stage).toBe(CaseStage.INSPECTION);
    const due = inspecting.state.deadlines.inspection!.dueAt;
    const keys = await sent(handle, 3);
    await handle.executeUpdate(contract.withdrawCaseUpdate, {
      args: [{ reason: '测试结束', actor: ORGANIZER }],
    });

    const key = (suffix: string) => `${handle.workflowId}|inspection@${due}|${suffix}`;
    expect(keys.slice(0, 3)).toEqual([key('OVERDUE+1'), key('ESCALATION'), key('OVERDUE+2')]);
    const rows = await inbox(handle.workflowId);
    // No inspector assigned yet: the overdue inspection is the organizer's to chase.
    expect(rows.filter((row) => row.key === key('OVERDUE+1'))).toEqual([
      { user_id: users.organizer, key: key('OVERDUE+1'), kind: 'OVERDUE' },
    ]);
    expect(
      rows
        .filter((row) => row.key === key('ESCALATION'))
        .map((row) => row.user_id)
        .sort(),
    ).toEqual([users.organizer, users.observer].sort());
    expect(rows.some((row) => row.user_id === users.otherOrganizer)).toBe(false);
  });
});
