import { WorkflowIdReusePolicy } from '@temporalio/common';
import type { WorkflowStartOptions } from '@temporalio/client';
import type { CaseInput } from '@app/domain';
import { CAMPAIGN_ID, CASE_STAGE, COMMUNITY_ID } from '../search-attributes';
import { caseWorkflowId } from './community-case.contract';

/** How every case workflow is started (API, launch, demo): derived id, search attributes, never twice. */
export function caseStartOptions(
  input: CaseInput,
  taskQueue: string,
): WorkflowStartOptions & { workflowIdConflictPolicy: 'FAIL' } {
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
