import { buildStandard } from '../standard/standard.fixture';
import { tierFor } from './tier-selection';

describe('tierFor', () => {
  const tiers = buildStandard().tiers;

  it('should qualify for a tier when the total is exactly its minimum', () => {
    expect(tierFor(tiers, 90)?.name).toBe('精品');
    expect(tierFor(tiers, 80)?.name).toBe('示范');
    expect(tierFor(tiers, 70)?.name).toBe('达标');
  });

  it('should give the tier below when the total is one hundredth short', () => {
    expect(tierFor(tiers, 89.99)?.name).toBe('示范');
  });

  it('should return null when the total is below the lowest tier', () => {
    expect(tierFor(tiers, 69.99)).toBeNull();
    expect(tierFor(tiers, 0)).toBeNull();
  });

  it('should treat float drift just under a minimum as reaching it', () => {
    expect(tierFor(tiers, 0.7 * 100 - 1e-9)?.name).toBe('达标');
    expect(tierFor(tiers, 79.995)?.name).toBe('达标');
  });

  it('should pick the highest qualifying tier when tiers are not in order', () => {
    const shuffled = [tiers[2], tiers[0], tiers[1]];

    expect(tierFor(shuffled, 95)?.name).toBe('精品');
  });

  it('should return null when there are no tiers', () => {
    expect(tierFor([], 100)).toBeNull();
  });
});
