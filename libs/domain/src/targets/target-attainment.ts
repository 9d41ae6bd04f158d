import { DomainError, Problem } from '../errors/domain-error';
import { divideRoundHalfUp, divideRoundUp, toHundredths } from '../standard/decimal-arithmetic';

/** Counts and targets for one campaign's jurisdiction; percents may carry up to two decimals. */
export interface TargetAttainmentInput {
  /** Communities in scope that are eligible (ineligible ones stay out of every denominator). */
  eligible: number;
  newlyAwarded: number;
  /** Eligible communities still holding the title from earlier years (see countsTowardCumulative). */
  previouslyTitled: number;
  newTargetPercent: number;
  cumulativeTargetPercent: number;
}

/** How far one count has come toward a target share of the eligible communities. */
export interface TargetProgress {
  count: number;
  eligible: number;
  targetPercent: number;
  /** count / eligible as a percent with one decimal, e.g. "17.9%"; "—" when nothing is eligible. */
  ratioText: string;
  met: boolean;
  /** The smallest count that meets the target. */
  requiredCount: number;
  /** How many more are needed to meet the target; 0 once met. */
  neededToMeet: number;
}

/** Attainment of the new-title and cumulative targets (目标完成率). */
export interface TargetAttainment {
  new: TargetProgress;
  cumulative: TargetProgress;
}

/** Compares new and cumulative title counts with their targets exactly, in integer arithmetic. */
export function targetAttainment(input: TargetAttainmentInput): TargetAttainment {
  const problems = inputProblems(input);
  if (problems.length > 0)
    throw DomainError.validation(problems, 'The target figures have problems; each is listed.');
  const cumulativeCount = input.previouslyTitled + input.newlyAwarded;
  return {
    new: targetProgress(input.newlyAwarded, input.eligible, input.newTargetPercent),
    cumulative: targetProgress(cumulativeCount, input.eligible, input.cumulativeTargetPercent),
  };
}

function targetProgress(count: number, eligible: number, targetPercent: number): TargetProgress {
  // Hundredths of a percent, so 20% is 2000 and a share is count / eligible against target / 10 000.
  const target = toHundredths(targetPercent) ?? 0;
  if (eligible === 0) {
    // No denominator: only a zero target can be said to be met, and no count would help.
    return {
      count,
      eligible,
      targetPercent,
      ratioText: '—',
      met: target === 0,
      requiredCount: 0,
      neededToMeet: 0,
    };
  }
  // count / eligible ≥ target / 10 000  ⇔  count × 10 000 ≥ target × eligible: exact, no float drift.
  const requiredCount = divideRoundUp(target * eligible, 10_000);
  const met = count * 10_000 >= target * eligible;
  const neededToMeet = Math.max(0, requiredCount - count);
  return {
    count,
    eligible,
    targetPercent,
    ratioText: percentText(count, eligible),
    met,
    requiredCount,
    neededToMeet,
  };
}

/** count / eligible as a percent rounded half up to one decimal, e.g. 5 / 28 → "17.9%". */
function percentText(count: number, eligible: number): string {
  const tenths = divideRoundHalfUp(count * 1000, eligible);
  const whole = (tenths - (tenths % 10)) / 10;
  return `${whole}.${tenths % 10}%`;
}

function inputProblems(input: TargetAttainmentInput): Problem[] {
  const countFields = ['eligible', 'newlyAwarded', 'previouslyTitled'] as const;
  const percentFields = ['newTargetPercent', 'cumulativeTargetPercent'] as const;
  const countProblems = countFields
    .filter((field) => !Number.isInteger(input[field]) || input[field] < 0)
    .map((field) => ({ field, message: `${field} must be a whole number, 0 or more.` }));
  const percentProblems = percentFields
    .filter((field) => {
      const hundredths = toHundredths(input[field]);
      return hundredths === null || hundredths < 0 || hundredths > 10_000;
    })
    .map((field) => ({
      field,
      message: `${field} must be a percent between 0 and 100, with at most two decimals.`,
    }));
  return [...countProblems, ...percentProblems];
}
