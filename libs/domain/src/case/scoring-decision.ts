import { CaseAction, assertAllowed } from './case-actions';
import { noticeEnd } from './case-durations';
import { CaseStage } from './case-stage';
import { Actor, CaseInput, CaseState } from './case-state';
import { moveTo } from './case-transition';

export interface ConfirmScoresCommand {
  note: string;
  actor: Actor;
}

/** Why a scored case is not passed, in words an organizer can read out. */
export function notPassedReason(state: CaseState, input: CaseInput): string {
  const score = state.score;
  if (score && score.vetoTriggered.length > 0) return `一票否决: ${score.vetoTriggered.join(', ')}`;
  const lowest = input.standard.tiers.at(-1);
  return `total ${score?.total} is below the lowest tier${lowest ? ` (${lowest.name} ≥ ${lowest.minTotal})` : ''}`;
}

/** The organizer confirms the scores (评分): a passed case goes to public notice (公示), otherwise it closes. */
export function confirmScores(
  state: CaseState,
  command: ConfirmScoresCommand,
  now: number,
  input: CaseInput,
): CaseState {
  assertAllowed(state, CaseAction.CONFIRM_SCORES, now);
  const notes = command.note.trim() ? [command.note.trim()] : [];
  if (state.score?.passed) {
    const noticeEndsAt = new Date(noticeEnd(now, input)).toISOString();
    return moveTo(
      state,
      CaseStage.NOTICE,
      CaseAction.CONFIRM_SCORES,
      command.actor,
      now,
      { noticeEndsAt },
      notes,
    );
  }
  const reason = notPassedReason(state, input);
  return moveTo(
    state,
    CaseStage.NOT_AWARDED,
    CaseAction.CONFIRM_SCORES,
    command.actor,
    now,
    { closedReason: reason },
    [reason, ...notes],
  );
}
