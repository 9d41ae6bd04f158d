import { DomainError, Problem } from '../errors/domain-error';
import { fromHundredths, toHundredths } from '../standard/decimal-arithmetic';
import { applicableItems, describeKind, findItem, itemAppliesTo } from '../standard/standard-items';
import { CommunityKind, StandardDefinition } from '../standard/standard.types';
import { combineInspectorScores } from './inspector-score-combination';
import { invalidScoresError } from './score-errors';
import { CombineMethod, ItemScores } from './scoring.types';
import { tierFor } from './tier-selection';
import { totalScoreHundredths } from './total-score';

/** A self-check total further than this from the inspection total is flagged (自评偏差). */
export const DEFAULT_DEVIATION_THRESHOLD = 10;

/** Everything needed to score one community's case. */
export interface CaseScoringInput {
  inspectorSheets: ItemScores[];
  /** Codes of veto items any inspector reported as triggered. */
  vetoFlags: string[];
  selfCheck?: ItemScores;
  /** Points out of 100; defaults to DEFAULT_DEVIATION_THRESHOLD. */
  deviationThreshold?: number;
  /** From the campaign's inspection policy; defaults to MEAN. */
  combineMethod?: CombineMethod;
}

/** The outcome of scoring one case. */
export interface CaseScore {
  itemScores: ItemScores;
  total: number;
  tier: string | null;
  passed: boolean;
  vetoTriggered: string[];
  selfCheckTotal: number | null;
  /** Self-check total minus inspection total: positive when the community rated itself higher. */
  deviation: number | null;
  deviationFlagged: boolean;
}

/** Scores a case: combines inspectors' sheets, totals, tiers, applies vetoes and flags self-check deviation. */
export function scoreCase(def: StandardDefinition, kind: CommunityKind, input: CaseScoringInput): CaseScore {
  if (input.inspectorSheets.length === 0) {
    const problem = { field: 'inspectorSheets', message: 'No inspector has submitted scores yet.' };
    throw invalidScoresError([problem], 'The case cannot be scored; each problem is listed.');
  }
  const threshold = deviationThresholdHundredths(input.deviationThreshold);
  const vetoTriggered = triggeredVetoes(def, kind, input.vetoFlags);
  const itemScores = combineInspectorScores(input.inspectorSheets, input.combineMethod ?? 'MEAN');
  const total = totalScoreHundredths(def, kind, itemScores);
  // A triggered veto means no award whatever the score.
  const tier = vetoTriggered.length > 0 ? null : (tierFor(def.tiers, fromHundredths(total))?.name ?? null);
  const selfCheckTotal =
    input.selfCheck === undefined ? null : totalScoreHundredths(def, kind, input.selfCheck);
  const deviationHundredths = selfCheckTotal === null ? null : selfCheckTotal - total;
  return {
    itemScores,
    total: fromHundredths(total),
    tier,
    passed: tier !== null,
    vetoTriggered,
    selfCheckTotal: selfCheckTotal === null ? null : fromHundredths(selfCheckTotal),
    deviation: deviationHundredths === null ? null : fromHundredths(deviationHundredths),
    deviationFlagged: deviationHundredths !== null && Math.abs(deviationHundredths) > threshold,
  };
}

function deviationThresholdHundredths(threshold: number | undefined): number {
  const hundredths = toHundredths(threshold ?? DEFAULT_DEVIATION_THRESHOLD);
  if (hundredths === null || hundredths < 0) {
    const message = 'The deviation threshold must be 0 or more points, with at most two decimals.';
    throw DomainError.validation([{ field: 'deviationThreshold', message }]);
  }
  return hundredths;
}

/** The flagged veto items in standard order (duplicates collapse); throws INVALID_SCORES on a bad flag. */
function triggeredVetoes(def: StandardDefinition, kind: CommunityKind, vetoFlags: string[]): string[] {
  const problems: Problem[] = vetoFlags.flatMap((code, i) => {
    const item = findItem(def, code);
    const field = `vetoFlags[${i}]`;
    if (item === undefined)
      return [{ field, message: `${code} is not an item of standard ${def.code} v${def.version}.` }];
    if (!item.veto)
      return [{ field, message: `${code} is not a veto item, so it cannot be flagged as one.` }];
    if (!itemAppliesTo(item, kind))
      return [{ field, message: `${code} does not apply to ${describeKind(kind)}.` }];
    return [];
  });
  if (problems.length > 0)
    throw invalidScoresError(problems, 'The case cannot be scored; each problem is listed.');
  return applicableItems(def, kind)
    .filter((item) => vetoFlags.includes(item.code))
    .map((item) => item.code);
}
