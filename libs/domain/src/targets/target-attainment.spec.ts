import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { targetAttainment, TargetAttainmentInput } from './target-attainment';

function attainment(overrides: Partial<TargetAttainmentInput>) {
  return targetAttainment({
    eligible: 28,
    newlyAwarded: 5,
    previouslyTitled: 12,
    newTargetPercent: 20,
    cumulativeTargetPercent: 60,
    ...overrides,
  });
}

describe('targetAttainment', () => {
  it('should match the worked example when 5 of 28 eligible are awarded and 12 already hold the title', () => {
    expect(attainment({})).toEqual({
      new: {
        count: 5,
        eligible: 28,
        targetPercent: 20,
        ratioText: '17.9%',
        met: false,
        requiredCount: 6,
        neededToMeet: 1,
      },
      cumulative: {
        count: 17,
        eligible: 28,
        targetPercent: 60,
        ratioText: '60.7%',
        met: true,
        requiredCount: 17,
        neededToMeet: 0,
      },
    });
  });

  it('should count the target as met when the share equals it exactly', () => {
    const result = attainment({ eligible: 30, newlyAwarded: 6, previouslyTitled: 12 });

    expect(result.new).toMatchObject({ ratioText: '20.0%', met: true, requiredCount: 6, neededToMeet: 0 });
    expect(result.cumulative).toMatchObject({ count: 18, ratioText: '60.0%', met: true, neededToMeet: 0 });
  });

  it('should need one more when the share is one community short of the target', () => {
    const result = attainment({ eligible: 30, newlyAwarded: 5, previouslyTitled: 12 });

    expect(result.new).toMatchObject({ ratioText: '16.7%', met: false, requiredCount: 6, neededToMeet: 1 });
    expect(result.cumulative).toMatchObject({ count: 17, ratioText: '56.7%', met: false, neededToMeet: 1 });
  });

  it('should compare exactly when floating point would put the target just above the count', () => {
    // 0.07 × 300 is 21.000000000000004 in floating point; 21 of 300 is exactly 7%.
    const result = attainment({ eligible: 300, newlyAwarded: 21, newTargetPercent: 7 });

    expect(result.new).toMatchObject({ ratioText: '7.0%', met: true, requiredCount: 21, neededToMeet: 0 });
  });

  it('should compare a two-decimal target exactly when the share is just around it', () => {
    // 5 / 28 = 17.857…%
    expect(attainment({ newTargetPercent: 17.85 }).new).toMatchObject({ met: true, neededToMeet: 0 });
    expect(attainment({ newTargetPercent: 17.86 }).new).toMatchObject({
      met: false,
      requiredCount: 6,
      neededToMeet: 1,
    });
  });

  it('should round the shown percent half up to one decimal when it falls between tenths', () => {
    expect(attainment({ eligible: 16, newlyAwarded: 1, previouslyTitled: 0 }).new.ratioText).toBe('6.3%');
    expect(attainment({ eligible: 3, newlyAwarded: 2, previouslyTitled: 0 }).new.ratioText).toBe('66.7%');
    expect(attainment({ eligible: 28, newlyAwarded: 0, previouslyTitled: 28 }).new.ratioText).toBe('0.0%');
    expect(attainment({ eligible: 28, newlyAwarded: 0, previouslyTitled: 28 }).cumulative.ratioText).toBe(
      '100.0%',
    );
  });

  it('should show a dash and meet only a zero target when no community is eligible', () => {
    const result = attainment({ eligible: 0, newlyAwarded: 0, previouslyTitled: 0, newTargetPercent: 0 });

    expect(result.new).toEqual({
      count: 0,
      eligible: 0,
      targetPercent: 0,
      ratioText: '—',
      met: true,
      requiredCount: 0,
      neededToMeet: 0,
    });
    expect(result.cumulative).toMatchObject({
      ratioText: '—',
      met: false,
      requiredCount: 0,
      neededToMeet: 0,
    });
  });

  it('should need nothing when the target is 0', () => {
    expect(attainment({ newlyAwarded: 0, newTargetPercent: 0 }).new).toMatchObject({
      ratioText: '0.0%',
      met: true,
      requiredCount: 0,
      neededToMeet: 0,
    });
  });

  it('should throw VALIDATION_FAILED listing each bad figure when counts or percents are invalid', () => {
    let caught: unknown;
    try {
      attainment({
        eligible: -1,
        newlyAwarded: 2.5,
        newTargetPercent: 100.5,
        cumulativeTargetPercent: 12.345,
      });
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe(DomainErrorCode.VALIDATION_FAILED);
    expect((caught as DomainError).details.problems).toEqual([
      { field: 'eligible', message: 'eligible must be a whole number, 0 or more.' },
      { field: 'newlyAwarded', message: 'newlyAwarded must be a whole number, 0 or more.' },
      {
        field: 'newTargetPercent',
        message: 'newTargetPercent must be a percent between 0 and 100, with at most two decimals.',
      },
      {
        field: 'cumulativeTargetPercent',
        message: 'cumulativeTargetPercent must be a percent between 0 and 100, with at most two decimals.',
      },
    ]);
  });
});
