import { fromHundredths } from '../standard/decimal-arithmetic';
import { invalidScoresError } from '../scoring/score-errors';
import { validateItemScores } from '../scoring/item-score-validation';
import { totalScoreHundredths } from '../scoring/total-score';
import type { ItemScores } from '../scoring/scoring.types';
import { CaseAction, assertAllowed } from './case-actions';
import { CaseStage } from './case-stage';
import { Actor, CaseInput, CaseState } from './case-state';
import { assertBeforeDeadline, moveTo } from './case-transition';

export interface SubmitSelfCheckCommand {
  scores: ItemScores;
  evidence: Record<string, string[]>;
  notes: string;
  actor: Actor;
}

/** The community scores itself against every applicable item (自查) and the case moves to inspection. */
export function submitSelfCheck(
  state: CaseState,
  command: SubmitSelfCheckCommand,
  now: number,
  input: CaseInput,
): CaseState {
  assertAllowed(state, CaseAction.SUBMIT_SELF_CHECK, now);
  assertBeforeDeadline(state, 'selfCheck', now);
  const problems = validateItemScores(input.standard, input.community.kind, command.scores, {
    requireAll: true,
  });
  const unknownEvidence = Object.keys(command.evidence).filter((code) => !(code in command.scores));
  for (const code of unknownEvidence) {
    problems.push({
      field: `evidence.${code}`,
      message: `${code}: evidence for an item that has no self-check score`,
    });
  }
  if (problems.length > 0)
    throw invalidScoresError(problems, 'The self-check has problems; each is listed by item code.');
  const report = {
    version: state.selfChecks.length + 1,
    scores: command.scores,
    evidence: command.evidence,
    notes: command.notes,
    total: fromHundredths(totalScoreHundredths(input.standard, input.community.kind, command.scores)),
    submittedAt: new Date(now).toISOString(),
    submittedBy: command.actor,
  };
  const inspection = { dueAt: input.schedule.inspectionDueAt, setAt: new Date(now).toISOString() };
  return moveTo(state, CaseStage.INSPECTION, CaseAction.SUBMIT_SELF_CHECK, command.actor, now, {
    selfChecks: [...state.selfChecks, report],
    deadlines: { ...state.deadlines, inspection },
  });
}
