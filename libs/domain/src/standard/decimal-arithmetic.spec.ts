import { divideRoundHalfUp, divideRoundUp, toHundredths } from './decimal-arithmetic';

describe('toHundredths', () => {
  it('should give exact hundredths when a decimal is not exact in binary', () => {
    expect(toHundredths(7.3)).toBe(730);
    expect(toHundredths(0.29)).toBe(29);
    expect(toHundredths(0.1 + 0.2)).toBe(30);
  });

  it('should return null when the value has a third decimal or is not a finite number', () => {
    expect(toHundredths(7.333)).toBeNull();
    expect(toHundredths(Number.NaN)).toBeNull();
    expect(toHundredths(Number.POSITIVE_INFINITY)).toBeNull();
    expect(toHundredths('5' as unknown as number)).toBeNull();
  });
});

describe('divideRoundHalfUp', () => {
  it('should round halves up and other fractions to the nearest when dividing integers', () => {
    expect(divideRoundHalfUp(5, 2)).toBe(3);
    expect(divideRoundHalfUp(7, 3)).toBe(2);
    expect(divideRoundHalfUp(8, 3)).toBe(3);
    expect(divideRoundHalfUp(6, 3)).toBe(2);
  });
});

describe('divideRoundUp', () => {
  it('should round any remainder up when dividing integers', () => {
    expect(divideRoundUp(56_000, 10_000)).toBe(6);
    expect(divideRoundUp(60_000, 10_000)).toBe(6);
    expect(divideRoundUp(0, 7)).toBe(0);
  });
});
