import { divideRoundHalfUp, fromHundredths, toHundredths } from '../standard/decimal-arithmetic';
import { describeKind, scoredItems } from '../standard/standard-items';
import { CommunityKind, StandardDefinition } from '../standard/standard.types';
import { validateItemScores } from './item-score-validation';
import { invalidScoresError } from './score-errors';
import { ItemScores } from './scoring.types';

/**
 * Total out of 100: points earned over the applicable scored items divided by their maxima, rounded
 * half up to 2 decimals. Throws INVALID_SCORES when an item is missing, unknown or out of range.
 */
export function totalScore(def: StandardDefinition, kind: CommunityKind, itemScores: ItemScores): number {
  return fromHundredths(totalScoreHundredths(def, kind, itemScores));
}

/** totalScore in whole hundredths of a point (8925 for 89.25), for exact comparisons and differences. */
export function totalScoreHundredths(
  def: StandardDefinition,
  kind: CommunityKind,
  itemScores: ItemScores,
): number {
  const items = scoredItems(def, kind);
  if (items.length === 0) {
    const problem = {
      field: 'kind',
      message: `Standard ${def.code} v${def.version} has no scored item for ${describeKind(kind)}.`,
    };
    throw invalidScoresError([problem], 'The scores cannot be totalled; each problem is listed.');
  }
  // Combined scores are averages, so they may sit between steps; range and presence still matter.
  const problems = validateItemScores(def, kind, itemScores, { requireAll: true, checkStep: false });
  if (problems.length > 0)
    throw invalidScoresError(problems, 'The scores cannot be totalled; each problem is listed.');
  const earned = items.reduce((sum, item) => sum + (toHundredths(itemScores[item.code]) ?? 0), 0);
  const possible = items.reduce((sum, item) => sum + (toHundredths(item.maxScore) ?? 0), 0);
  // earned / possible × 100, expressed in hundredths of a point.
  return divideRoundHalfUp(earned * 10_000, possible);
}
