import { randomUUID } from 'node:crypto';
import { WorkflowHandle } from '@temporalio/client';
import { Actor, AssignedInspector, CaseInput } from '@app/domain';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { caseStartOptions } from '@app/workflows/community-case/case-start-options';
import { COMMUNITY_CASE_WORKFLOW } from '@app/workflows/community-case/community-case.contract';
import { WorkerHarness } from './test-worker';

export const ORGANIZER: Actor = { userId: 'u-org', role: 'ORGANIZER', displayName: '街道创建办' };
export const CLERK: Actor = { userId: 'u-clerk', role: 'COMMUNITY', displayName: '一社区居委会' };

/** An inspector from another street (no conflict with c-01 of street-a). */
export function inspector(n: number, streetId = 'street-b'): AssignedInspector & { actor: Actor } {
  const userId = `u-inspector-${n}`;
  const displayName = `检查员${n}`;
  return {
    userId,
    displayName,
    streetId,
    communityId: null,
    actor: { userId, role: 'INSPECTOR', displayName },
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

/**
 * A case input with the year compressed: every deadline an hour or more away unless overridden, a
 * notice period of 1.5 s, an award day already reached, and no reminders unless a test asks for them.
 * The small standard fixture: urban items A-01 (10), A-02 (5), B-01 (10) total 25 points; V-01 is a veto.
 */
export function caseInput(overrides: Partial<CaseInput> = {}, communityId = 'c-01'): CaseInput {
  const now = Date.now();
  return {
    campaignId: `t-${randomUUID().slice(0, 8)}`,
    campaignTitle: '测试平安社区创建',
    community: {
      id: communityId,
      name: '一社区',
      kind: 'URBAN',
      streetId: 'street-a',
      path: `/t/street-a/${communityId}/`,
    },
    standard: buildStandard(),
    schedule: {
      applicationOpensAt: iso(now - HOUR),
      applicationDueAt: iso(now + HOUR),
      selfCheckDueAt: iso(now + 2 * HOUR),
      inspectionStartsAt: iso(now),
      inspectionDueAt: iso(now + 3 * HOUR),
      noticeDays: 7,
      awardAt: iso(now),
      reminderDaysBefore: [],
      overdueRepeatDays: 0,
      escalateAfterDays: 5,
    },
    timings: {
      noticeMs: 1500,
      rectificationMs: HOUR,
      reminderOffsetsMs: [],
      overdueRepeatMs: 0,
      escalateAfterMs: HOUR,
    },
    inspection: {
      minInspectors: 1,
      maxInspectors: 5,
      combine: 'MEAN',
      rectificationAllowed: true,
      rectificationDays: 14,
      conflictRule: 'SAME_STREET',
      deviationThreshold: 10,
    },
    award: { topN: null, tieBreak: null, validityYears: 3, certificatePrefix: 'PA' },
    ...overrides,
  };
}

/** Starts a case on the harness's task queue. */
export async function startCase(
  harness: WorkerHarness,
  input: CaseInput = caseInput(),
): Promise<{ handle: WorkflowHandle; input: CaseInput }> {
  const handle = await harness.client.workflow.start(
    COMMUNITY_CASE_WORKFLOW,
    caseStartOptions(input, harness.taskQueue),
  );
  return { handle, input };
}

/** A case input whose application deadline is `dueInMs` away. */
export function caseDueIn(dueInMs: number): CaseInput {
  const input = caseInput();
  return { ...input, schedule: { ...input.schedule, applicationDueAt: iso(Date.now() + dueInMs) } };
}
