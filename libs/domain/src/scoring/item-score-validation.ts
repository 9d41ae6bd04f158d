import { Problem, ProblemCode } from '../errors/domain-error';
import { toHundredths } from '../standard/decimal-arithmetic';
import {
  describeKind,
  findItem,
  isVetoFlagOnly,
  itemAppliesTo,
  scoredItems,
} from '../standard/standard-items';
import { CommunityKind, StandardDefinition, StandardItem } from '../standard/standard.types';
import { ItemScores } from './scoring.types';

/** What validateItemScores expects of a score sheet. */
export interface ItemScoreCheckOptions {
  /** Every expected item must have a score (a submitted sheet); false allows a partial draft. */
  requireAll: boolean;
  /** Restricts the expected and allowed items, e.g. to the rectified items being re-checked. */
  onlyItems?: string[];
  /** Defaults to true; false for combined (averaged) scores, which may fall between steps. */
  checkStep?: boolean;
}

/** Lists every problem with a score sheet, keyed `scores.<CODE>`, naming the allowed range and step. */
export function validateItemScores(
  def: StandardDefinition,
  kind: CommunityKind,
  scores: ItemScores,
  options: ItemScoreCheckOptions = { requireAll: true },
): Problem[] {
  const expected = expectedItems(def, kind, options.onlyItems);
  const restrictedTo =
    options.onlyItems === undefined ? null : new Set(expected.items.map((item) => item.code));
  const checkStep = options.checkStep ?? true;
  const givenProblems = Object.entries(scores).flatMap(([code, value]) =>
    givenScoreProblems({ def, kind, code, value, restrictedTo, checkStep }),
  );
  const missing = options.requireAll
    ? expected.items.filter((item) => !Object.prototype.hasOwnProperty.call(scores, item.code))
    : [];
  const missingProblems = missing.map((item): Problem => ({
    field: `scores.${item.code}`,
    message: `${item.code}: no score given ${allowedRange(item)}`,
    code: ProblemCode.SCORE_MISSING,
    params: rangeParams(item),
  }));
  return [...expected.problems, ...givenProblems, ...missingProblems];
}

/** The items a sheet should score: all scored items of the kind, or just `onlyItems` when given. */
function expectedItems(def: StandardDefinition, kind: CommunityKind, onlyItems: string[] | undefined) {
  const scored = scoredItems(def, kind);
  if (onlyItems === undefined) return { items: scored, problems: [] as Problem[] };
  const problems = onlyItems.flatMap((code, i) =>
    scored.some((item) => item.code === code)
      ? []
      : [
          {
            field: `onlyItems[${i}]`,
            message: `${code} is not a scored item for ${describeKind(kind)}, so it cannot be re-checked.`,
          },
        ],
  );
  return { items: scored.filter((item) => onlyItems.includes(item.code)), problems };
}

interface GivenScore {
  def: StandardDefinition;
  kind: CommunityKind;
  code: string;
  value: unknown;
  restrictedTo: Set<string> | null;
  checkStep: boolean;
}

function givenScoreProblems({ def, kind, code, value, restrictedTo, checkStep }: GivenScore): Problem[] {
  const field = `scores.${code}`;
  const item = findItem(def, code);
  if (item === undefined) {
    const message = `${code} is not an item of standard ${def.code} v${def.version}.`;
    const params = { item: code, standard: def.code, version: def.version };
    return [{ field, message, code: ProblemCode.ITEM_NOT_IN_STANDARD, params }];
  }
  if (!itemAppliesTo(item, kind)) {
    const message = `${code} does not apply to ${describeKind(kind)}; leave it out.`;
    return [{ field, message, code: ProblemCode.ITEM_NOT_FOR_KIND, params: { item: code, kind } }];
  }
  if (isVetoFlagOnly(item)) {
    const message = `${code} is a veto item and takes no score; report it as a veto flag instead.`;
    return [{ field, message, code: ProblemCode.VETO_ITEM_NOT_SCORED, params: { item: code } }];
  }
  if (restrictedTo !== null && !restrictedTo.has(code)) {
    const expected = [...restrictedTo].join(', ') || 'none';
    const message = `${code} is not among the items being re-checked (${expected}).`;
    const params = { item: code, recheckedItems: [...restrictedTo].join(',') };
    return [{ field, message, code: ProblemCode.ITEM_NOT_RECHECKED, params }];
  }
  const problem = valueProblem(item, value, checkStep);
  return problem === null ? [] : [{ field, ...problem }];
}

/** What is wrong with one score value, or null when it is acceptable. */
function valueProblem(item: StandardItem, value: unknown, checkStep: boolean): Omit<Problem, 'field'> | null {
  const allowed = allowedRange(item);
  const params = { ...rangeParams(item), value: String(value) };
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const message = `${item.code}: ${String(value)} is not a number ${allowed}`;
    return { message, code: ProblemCode.SCORE_NOT_A_NUMBER, params };
  }
  if (value < 0 || value > item.maxScore) {
    const message = `${item.code}: ${value} is out of range ${allowed}`;
    return { message, code: ProblemCode.SCORE_OUT_OF_RANGE, params };
  }
  const hundredths = toHundredths(value);
  if (checkStep) {
    const step = toHundredths(item.scoreStep);
    if (hundredths === null || step === null || hundredths % step !== 0) {
      const message = `${item.code}: ${value} is not a multiple of ${item.scoreStep} ${allowed}`;
      return { message, code: ProblemCode.SCORE_OFF_STEP, params };
    }
  } else if (hundredths === null) {
    const message = `${item.code}: ${value} has more than two decimals ${allowed}`;
    return { message, code: ProblemCode.SCORE_TOO_PRECISE, params };
  }
  return null;
}

function allowedRange(item: StandardItem): string {
  return `(allowed 0 to ${item.maxScore} in steps of ${item.scoreStep})`;
}

function rangeParams(item: StandardItem) {
  return { item: item.code, maxScore: item.maxScore, scoreStep: item.scoreStep };
}
