import { type SearchAttributePair, WorkflowIdReusePolicy } from '@temporalio/common';
import type { CaseInput } from '@app/domain';
import { CAMPAIGN_ID, CASE_STAGE, COMMUNITY_ID } from '../search-attributes';
import { caseWorkflowId } from './community-case.contract';

/** The options of `client.workflow.start` a case workflow is started with (a subset of the client's type). */
export interface CaseStartOptions {
  workflowId: string;
  taskQueue: string;
  args: [CaseInput];
  workflowIdReusePolicy: WorkflowIdReusePolicy;
  workflowIdConflictPolicy: 'FAIL';
  typedSearchAttributes: SearchAttributePair[];
}

/** How every case workflow is started (API, launch, demo): derived id, search attributes, never twice. */
export function caseStartOptions(input: CaseInput, taskQueue: string): CaseStartOptions {
  return {
    workflowId: caseWorkflowId(input.campaignId, input.community.id),
    taskQueue,
    args: [input],
    // One case per community per campaign, ever: a closed case is not started again.
    workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    workflowIdConflictPolicy: 'FAIL',
    typedSearchAttributes: [
      { key: CAMPAIGN_ID, value: input.campaignId },
      { key: COMMUNITY_ID, value: input.community.id },
      { key: CASE_STAGE, value: 'INVITED' },
    ],
  };
}
