import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  AssignInspectorsCommand,
  CampaignDeadlineMoved,
  TopNDecisionForCase,
  Actor,
  CaseAction,
  CaseState,
  ChaseCommand,
  ConfirmScoresCommand,
  ExtendDeadlineCommand,
  RaiseObjectionCommand,
  RecuseInspectorCommand,
  ResolveObjectionCommand,
  ReviewApplicationCommand,
  SubmitApplicationCommand,
  SubmitCheckCommand,
  SubmitRectificationCommand,
  SubmitSelfCheckCommand,
  WithdrawCommand,
  WorkingCalendar,
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

// Every human action is an Update: validated synchronously (a rejection leaves no trace in history),
// replying with the new case view as soon as the step is committed; the read model, audit trail and
// outbox follow a few milliseconds later (`recordedUpdate` waits for them).
export const submitApplicationUpdate = defineUpdate<CaseView, [SubmitApplicationCommand]>(
  'submitApplication',
);
export const reviewApplicationUpdate = defineUpdate<CaseView, [ReviewApplicationCommand]>(
  'reviewApplication',
);
export const submitSelfCheckUpdate = defineUpdate<CaseView, [SubmitSelfCheckCommand]>('submitSelfCheck');
export const assignInspectorsUpdate = defineUpdate<CaseView, [AssignInspectorsCommand]>('assignInspectors');
/**
 * 申请回避: the acting inspector leaves the current team with a reason (sent by the API's
 * conflict-declarations endpoint, keyed so a repeat never removes twice).
 */
export const recuseInspectorUpdate = defineUpdate<CaseView, [RecuseInspectorCommand]>('recuseInspector');
export const submitCheckUpdate = defineUpdate<CaseView, [SubmitCheckCommand]>('submitCheck');
export const submitRectificationUpdate = defineUpdate<CaseView, [SubmitRectificationCommand]>(
  'submitRectification',
);
export const confirmScoresUpdate = defineUpdate<CaseView, [ConfirmScoresCommand]>('confirmScores');
export const raiseObjectionUpdate = defineUpdate<CaseView, [RaiseObjectionCommand]>('raiseObjection');
export const resolveObjectionUpdate = defineUpdate<CaseView, [ResolveObjectionCommand]>('resolveObjection');
export const extendDeadlineUpdate = defineUpdate<CaseView, [ExtendDeadlineCommand]>('extendDeadline');
export const chaseUpdate = defineUpdate<CaseView, [ChaseCommand]>('chase');
export const withdrawCaseUpdate = defineUpdate<CaseView, [WithdrawCommand]>('withdrawCase');
export const caseViewQuery = defineQuery<CaseView>('caseView');

/** Replies once every step committed so far is written: read-your-writes for a client that needs it. */
export const recordedUpdate = defineUpdate<CaseView, []>('recorded');

/** Steps a case holds because the database refused to write them (see CaseRecorder). */
export interface HeldWrites {
  /** How many steps are held, and which (case seq). */
  steps: number;
  firstSeq: number;
  lastSeq: number;
  /** The last failure's message. */
  error: string;
}

/**
 * An operator's "try the held writes again now" (after fixing what the database refused); answers at
 * once with what is held. Rejected with CONFLICT when nothing is held.
 */
export const retryWritesUpdate = defineUpdate<HeldWrites, []>('retryWrites');

/** Sent with the start (update-with-start): replies once the new case is in the read model. */
export const openCaseUpdate = defineUpdate<CaseView, []>('openCase');

// Sent by the campaign workflow to every started case, page by page (signals: a bulk sender does not
// wait for 100,000 replies). Both are idempotent in the case.
export const campaignDeadlineMovedSignal = defineSignal<[CampaignDeadlineMoved]>('campaignDeadlineMoved');
export const campaignCancelledSignal = defineSignal<[{ reason: string; actor: Actor }]>('campaignCancelled');
export const campaignAwardDecisionSignal = defineSignal<[TopNDecisionForCase]>('campaignAwardDecision');
/**
 * A year's holiday arrangement was imported after the case started: the calendar of the campaign's
 * years, as now known, for every period that starts from now on (a running one keeps its end).
 */
export const workingCalendarChangedSignal = defineSignal<[WorkingCalendar]>('workingCalendarChanged');
