import { randomUUID } from 'node:crypto';
import { WorkflowHandle } from '@temporalio/client';
import { Actor, CaseInput } from '@app/domain';
import {
  caseWorkflowId,
  COMMUNITY_CASE_WORKFLOW,
} from '@app/workflows/community-case/community-case.contract';
import { WorkerHarness } from './test-worker';

export const ORGANIZER: Actor = { userId: 'u-org', role: 'ORGANIZER', displayName: '街道创建办' };
export const CLERK: Actor = { userId: 'u-clerk', role: 'COMMUNITY', displayName: '一社区居委会' };

/** Starts a case on the harness's task queue with its own campaign id, due in `dueInMs`. */
export async function startCase(
  harness: WorkerHarness,
  dueInMs = 3_600_000,
): Promise<{ handle: WorkflowHandle; input: CaseInput }> {
  const input: CaseInput = {
    campaignId: `t-${randomUUID().slice(0, 8)}`,
    communityId: 'c-01',
    applicationDueAt: new Date(Date.now() + dueInMs).toISOString(),
  };
  const handle = await harness.client.workflow.start(COMMUNITY_CASE_WORKFLOW, {
    workflowId: caseWorkflowId(input.campaignId, input.communityId),
    taskQueue: harness.taskQueue,
    args: [input],
  });
  return { handle, input };
}
