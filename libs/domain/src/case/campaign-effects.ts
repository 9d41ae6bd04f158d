import type { Actor, CaseState, DeadlineName } from './case-state';
import { isClosed } from './case-stage';
import { CaseStage } from './case-stage';
import { SYSTEM_ACTOR } from '../accounts/system-actor';
import { moveTo, withDecision } from './case-transition';
import { award } from './notice';
import type { CaseInput } from './case-state';
import { CampaignPhase, PHASE_FIELD } from '../campaign/campaign-run';

export interface CampaignDeadlineMoved {
  deadline: DeadlineName;
  dueAt: string;
  reason: string;
  actor: Actor;
}

/**
 * A campaign-wide extension reaching one case: a running deadline of that name moves later (its
 * reminders follow); anything else is unchanged. Applying it twice changes nothing the second time.
 */
export function applyCampaignDeadline(
  state: CaseState,
  change: CampaignDeadlineMoved,
  now: number,
): CaseState {
  const current = state.deadlines[change.deadline];
  if (isClosed(state.stage) || !current || Date.parse(change.dueAt) <= Date.parse(current.dueAt))
    return state;
  const deadline = { dueAt: change.dueAt, setAt: new Date(now).toISOString() };
  return withDecision(
    state,
    `EXTEND_PHASE:${change.deadline}`,
    change.actor,
    now,
    {
      deadlines: { ...state.deadlines, [change.deadline]: deadline },
    },
    [change.reason],
  );
}

/**
 * The case's copy of the campaign schedule after a campaign-wide extension, so a stage the case has not
 * reached yet starts with the new date (the running deadline itself moves by applyCampaignDeadline).
 */
export function inputWithMovedDeadline(input: CaseInput, change: CampaignDeadlineMoved): CaseInput {
  const field = PHASE_FIELD[change.deadline as CampaignPhase] ?? 'awardAt';
  return { ...input, schedule: { ...input.schedule, [field]: change.dueAt } };
}

/** The campaign was cancelled: an open case closes with the campaign's reason. */
export function closeForCancelledCampaign(
  state: CaseState,
  change: { reason: string; actor: Actor },
  now: number,
): CaseState {
  if (isClosed(state.stage)) return state;
  const reason = `campaign cancelled: ${change.reason}`;
  return moveTo(
    state,
    CaseStage.WITHDRAWN,
    'CAMPAIGN_CANCELLED',
    change.actor,
    now,
    { closedReason: reason },
    [reason],
  );
}

export interface TopNDecisionForCase {
  awarded: boolean;
  rank: number;
  topN: number;
}

/**
 * The campaign's top-N (十佳) decision reaching one case: awarded, or closed as not awarded with its
 * rank. Only a case whose notice is over with every objection resolved takes it; applying it twice
 * changes nothing the second time.
 */
export function applyTopNDecision(
  state: CaseState,
  decision: TopNDecisionForCase,
  now: number,
  input: CaseInput,
): CaseState {
  const ready =
    state.stage === CaseStage.NOTICE &&
    state.noticeEndsAt !== null &&
    now >= Date.parse(state.noticeEndsAt) &&
    state.objections.every((objection) => objection.resolution !== null);
  if (!ready) return state;
  if (decision.awarded) return award(state, now, input);
  const reason = `rank ${decision.rank}: outside the top ${decision.topN} (十佳)`;
  return moveTo(state, CaseStage.NOT_AWARDED, 'TOP_N_DECISION', SYSTEM_ACTOR, now, { closedReason: reason }, [
    reason,
  ]);
}
