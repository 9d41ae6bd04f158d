import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  CaseAction,
  CaseState,
  ExtendDeadlineCommand,
  ReviewApplicationCommand,
  SubmitApplicationCommand,
  WithdrawCommand,
} from '@app/domain';

/** What a client sees of a case: the file plus what may be done next. */
export interface CaseView {
  state: CaseState;
  allowedActions: CaseAction[];
}

/** One workflow per community per campaign; the id is derived so any party can address it. */
export function caseWorkflowId(campaignId: string, communityId: string): string {
  return `case:${campaignId}:${communityId}`;
}

export const COMMUNITY_CASE_WORKFLOW = 'communityCaseWorkflow';

export const submitApplicationUpdate = defineUpdate<CaseView, [SubmitApplicationCommand]>(
  'submitApplication',
);
export const reviewApplicationUpdate = defineUpdate<CaseView, [ReviewApplicationCommand]>(
  'reviewApplication',
);
export const extendDeadlineUpdate = defineUpdate<CaseView, [ExtendDeadlineCommand]>('extendDeadline');
export const withdrawCaseUpdate = defineUpdate<CaseView, [WithdrawCommand]>('withdrawCase');
export const caseViewQuery = defineQuery<CaseView>('caseView');

/** Sent with the start (update-with-start): replies once the new case is in the read model. */
export const openCaseUpdate = defineUpdate<CaseView, []>('openCase');
