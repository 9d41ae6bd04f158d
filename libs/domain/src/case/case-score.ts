import { CaseScore, scoreCase } from '../scoring/case-scoring';
import { combineInspectorScores } from '../scoring/inspector-score-combination';
import type { ItemScores } from '../scoring/scoring.types';
import { CaseInput, CaseState } from './case-state';

function lastFullRound(state: CaseState): number {
  let round = 1;
  for (let candidate = 1; candidate <= state.round; candidate += 1) {
    if (!state.recheckRounds.includes(candidate)) round = candidate;
  }
  return round;
}

/**
 * Scores the case from its checks: the last full round's sheets, combined per the policy, with items
 * re-checked after rectification replaced by the re-check's combined scores. Vetoes from any of those
 * rounds stay: rectification does not undo a major incident.
 */
export function scoreOf(state: CaseState, input: CaseInput): CaseScore {
  const base = lastFullRound(state);
  const method = input.inspection.combine;
  const sheetsOf = (round: number): ItemScores[] =>
    state.checks.filter((check) => check.round === round).map((check) => check.scores);
  let combined = combineInspectorScores(sheetsOf(base), method);
  for (const round of state.recheckRounds.filter((candidate) => candidate > base)) {
    const recheck = sheetsOf(round);
    if (recheck.length > 0) combined = { ...combined, ...combineInspectorScores(recheck, method) };
  }
  const vetoFlags = [
    ...new Set(state.checks.filter((check) => check.round >= base).flatMap((check) => check.vetoFlags)),
  ];
  const selfCheck = state.selfChecks.at(-1)?.scores;
  return scoreCase(input.standard, input.community.kind, {
    inspectorSheets: [combined],
    vetoFlags,
    selfCheck,
    deviationThreshold: input.inspection.deviationThreshold,
    combineMethod: 'MEAN',
  });
}
