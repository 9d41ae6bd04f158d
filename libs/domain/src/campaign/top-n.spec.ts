import { selectTopN, TopNCandidate } from './top-n';

const candidate = (
  communityId: string,
  total: number,
  deviation: number | null = 0,
  appliedAt = '2026-03-01T00:00:00Z',
): TopNCandidate => ({
  communityId,
  total,
  deviation,
  appliedAt,
});

describe('selectTopN', () => {
  it('should award the N best totals and rank everyone when totals differ', () => {
    const decisions = selectTopN(
      [candidate('c-1', 81.5), candidate('c-2', 95), candidate('c-3', 88)],
      2,
      null,
    );
    expect(decisions).toEqual([
      { communityId: 'c-2', rank: 1, awarded: true },
      { communityId: 'c-3', rank: 2, awarded: true },
      { communityId: 'c-1', rank: 3, awarded: false },
    ]);
  });

  it('should break a tie at the cut line by the stated rule (smaller self-check deviation first)', () => {
    const decisions = selectTopN(
      [candidate('c-1', 90, 12), candidate('c-2', 90, -3), candidate('c-3', 99)],
      2,
      'SMALLER_DEVIATION',
    );
    expect(decisions.map((decision) => [decision.communityId, decision.awarded])).toEqual([
      ['c-3', true],
      ['c-2', true],
      ['c-1', false],
    ]);
  });

  it('should break a tie by the earlier application when that is the stated rule', () => {
    const decisions = selectTopN(
      [candidate('c-1', 90, 0, '2026-03-05T00:00:00Z'), candidate('c-2', 90, 5, '2026-03-02T00:00:00Z')],
      1,
      'EARLIER_APPLICATION',
    );
    expect(decisions[0]).toEqual({ communityId: 'c-2', rank: 1, awarded: true });
  });

  it('should compare totals exactly, not in floating point, when they differ by a hundredth', () => {
    const decisions = selectTopN([candidate('c-1', 0.1 + 0.2), candidate('c-2', 0.31)], 1, null);
    expect(decisions[0].communityId).toBe('c-2');
  });

  it('should fall back to the community id when every rule ties', () => {
    expect(selectTopN([candidate('c-9', 90), candidate('c-1', 90)], 1, 'unknown rule')[0].communityId).toBe(
      'c-1',
    );
  });
});
