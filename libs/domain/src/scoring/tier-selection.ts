import { floorToHundredths, toHundredths } from '../standard/decimal-arithmetic';
import { StandardTier } from '../standard/standard.types';

/** The highest tier whose minimum the total reaches (exactly at the minimum qualifies); null = not passed. */
export function tierFor(tiers: StandardTier[], total: number): StandardTier | null {
  // Compare in whole hundredths so 79.99999999 from float drift counts as 80, but 79.99 does not.
  const reached = floorToHundredths(total);
  let best: StandardTier | null = null;
  let bestMinimum = Number.NEGATIVE_INFINITY;
  for (const tier of tiers) {
    const minimum = toHundredths(tier.minTotal);
    if (minimum !== null && minimum <= reached && minimum > bestMinimum) {
      best = tier;
      bestMinimum = minimum;
    }
  }
  return best;
}
