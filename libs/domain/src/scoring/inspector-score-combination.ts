import { Problem } from '../errors/domain-error';
import { divideRoundHalfUp, fromHundredths, toHundredths } from '../standard/decimal-arithmetic';
import { invalidScoresError } from './score-errors';
import { CombineMethod, ItemScores } from './scoring.types';

/** Trimming one highest and one lowest only makes sense with enough sheets to leave a real middle. */
export const MIN_SHEETS_FOR_TRIMMING = 5;

/**
 * Combines inspectors' sheets item by item, rounded half up to 2 decimals. Each item combines the
 * sheets that scored it; TRIMMED_MEAN drops one highest and one lowest when that is 5 or more sheets.
 */
export function combineInspectorScores(sheets: ItemScores[], method: CombineMethod): ItemScores {
  const valuesByItem = collectHundredths(sheets);
  const combined: ItemScores = {};
  for (const [code, values] of valuesByItem) {
    const kept = keptValues(values, method);
    const total = kept.reduce((sum, value) => sum + value, 0);
    combined[code] = fromHundredths(divideRoundHalfUp(total, kept.length));
  }
  return combined;
}

/** Gathers each item's scores as whole hundredths, in the order items first appear. */
function collectHundredths(sheets: ItemScores[]): Map<string, number[]> {
  const valuesByItem = new Map<string, number[]>();
  const problems: Problem[] = [];
  sheets.forEach((sheet, s) => {
    for (const [code, value] of Object.entries(sheet)) {
      const hundredths = toHundredths(value);
      if (hundredths === null || hundredths < 0) {
        const message = `${code}: ${String(value)} must be a number of 0 or more with at most two decimals.`;
        problems.push({ field: `sheets[${s}].scores.${code}`, message });
        continue;
      }
      valuesByItem.set(code, [...(valuesByItem.get(code) ?? []), hundredths]);
    }
  });
  if (problems.length > 0)
    throw invalidScoresError(problems, 'Some inspector scores cannot be combined; each is listed.');
  return valuesByItem;
}

function keptValues(values: number[], method: CombineMethod): number[] {
  switch (method) {
    case 'MEAN':
      return values;
    case 'TRIMMED_MEAN':
      if (values.length < MIN_SHEETS_FOR_TRIMMING) return values;
      return [...values].sort((a, b) => a - b).slice(1, -1);
  }
}
