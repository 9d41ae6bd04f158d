import { closeNotApplied } from './application';
import { CaseStage } from './case-stage';
import { CaseInput, CaseState } from './case-state';
import { award, awardDueAt } from './notice';
import { expireRectification } from './rectification';
import { nextReminder, ReminderPoint } from './reminders';

/** What the case workflow waits for next: a stage-closing deadline, the award day, or a reminder. */
export type CaseTimer =
  | { kind: 'TRANSITION'; at: number; apply: (state: CaseState, now: number) => CaseState }
  | { kind: 'REMINDER'; at: number; point: ReminderPoint };

function transitionTimer(state: CaseState, input: CaseInput): CaseTimer | null {
  const dueOf = (name: 'application' | 'rectification') => Date.parse(state.deadlines[name]?.dueAt ?? '');
  switch (state.stage) {
    case CaseStage.INVITED:
    case CaseStage.RETURNED:
      return { kind: 'TRANSITION', at: dueOf('application'), apply: closeNotApplied };
    case CaseStage.RECTIFICATION:
      return {
        kind: 'TRANSITION',
        at: dueOf('rectification'),
        apply: (s, now) => expireRectification(s, now, input),
      };
    case CaseStage.NOTICE: {
      const at = awardDueAt(state, input);
      return at === null ? null : { kind: 'TRANSITION', at, apply: (s, now) => award(s, now, input) };
    }
    default:
      return null;
  }
}

/** The earliest timer for the case as it stands; a transition wins a tie (a closed stage needs no reminder). */
export function nextTimer(state: CaseState, input: CaseInput): CaseTimer | null {
  const transition = transitionTimer(state, input);
  const reminder = nextReminder(state, input);
  const reminderTimer: CaseTimer | null = reminder && { kind: 'REMINDER', at: reminder.at, point: reminder };
  if (!transition) return reminderTimer;
  if (!reminderTimer) return transition;
  return reminderTimer.at < transition.at ? reminderTimer : transition;
}
