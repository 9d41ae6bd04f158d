// Scores, maxima, steps, thresholds and target percents carry at most two decimals; working in whole
// hundredths keeps sums, comparisons and divisibility exact where binary floating point drifts (0.1 + 0.2).

/** Converts a value to whole hundredths, or null when it is not a finite number or has a third decimal. */
export function toHundredths(value: number): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const scaled = Math.round(value * 100);
  // 7.3 * 100 is 729.9999…; tolerate that noise but not a genuine third decimal like 7.333.
  return Math.abs(value * 100 - scaled) < 1e-6 ? scaled : null;
}

/** Converts whole hundredths back to a number with at most two decimals. */
export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}

/** Divides two non-negative integers and rounds half up, using integer arithmetic only. */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  const doubled = 2 * numerator + denominator;
  return (doubled - (doubled % (2 * denominator))) / (2 * denominator);
}

/** Divides two non-negative integers and rounds up, using integer arithmetic only. */
export function divideRoundUp(numerator: number, denominator: number): number {
  const remainder = numerator % denominator;
  return (numerator - remainder) / denominator + (remainder === 0 ? 0 : 1);
}

/** Converts a value to whole hundredths rounding down, forgiving float noise just below a hundredth. */
export function floorToHundredths(value: number): number {
  // 79.99999999 from upstream float drift means 80; 79.995 genuinely has not reached 80.
  return Math.floor(value * 100 + 1e-6);
}
