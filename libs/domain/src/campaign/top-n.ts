import { toHundredths } from '../standard/decimal-arithmetic';

/** A passed case at the end of its public notice, competing for one of the N titles (十佳). */
export interface TopNCandidate {
  communityId: string;
  total: number;
  /** Self-check minus inspection total; null when there was no self-check. */
  deviation: number | null;
  /** When the accepted application was submitted (ISO). */
  appliedAt: string | null;
}

export interface TopNDecision {
  communityId: string;
  rank: number;
  awarded: boolean;
}

/** Tie-breaks the code knows; a campaign names one, the rest follow in this order, community id last. */
export const TIE_BREAKS = ['SMALLER_DEVIATION', 'EARLIER_APPLICATION'] as const;

type Compare = (first: TopNCandidate, second: TopNCandidate) => number;

const BY_RULE: Record<(typeof TIE_BREAKS)[number], Compare> = {
  // The community that rated itself more honestly first.
  SMALLER_DEVIATION: (a, b) =>
    Math.abs(toHundredths(a.deviation ?? 0) ?? 0) - Math.abs(toHundredths(b.deviation ?? 0) ?? 0),
  EARLIER_APPLICATION: (a, b) => (a.appliedAt ?? '\uffff').localeCompare(b.appliedAt ?? '\uffff'),
};

/** The order of the tie-breaks for a campaign's stated rule (unknown text: the default order). */
export function tieBreakOrder(stated: string | null): (typeof TIE_BREAKS)[number][] {
  const first = TIE_BREAKS.find((rule) => rule === stated?.trim());
  return first ? [first, ...TIE_BREAKS.filter((rule) => rule !== first)] : [...TIE_BREAKS];
}

/**
 * Ranks every candidate by total (exact, in hundredths), then by the stated tie-break, then the others,
 * then community id, and awards the first N. Deterministic: the same candidates always rank the same.
 */
export function selectTopN(candidates: TopNCandidate[], n: number, stated: string | null): TopNDecision[] {
  const rules = tieBreakOrder(stated).map((rule) => BY_RULE[rule]);
  const ranked = [...candidates].sort((a, b) => {
    const byTotal = (toHundredths(b.total) ?? 0) - (toHundredths(a.total) ?? 0);
    if (byTotal !== 0) return byTotal;
    for (const rule of rules) {
      const result = rule(a, b);
      if (result !== 0) return result;
    }
    return a.communityId.localeCompare(b.communityId);
  });
  return ranked.map((candidate, index) => ({
    communityId: candidate.communityId,
    rank: index + 1,
    awarded: index < n,
  }));
}
