import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { buildStandard } from '../standard/standard.fixture';
import { scoreCase } from './case-scoring';

// Combined: A-01 9.25, A-02 4.5, B-01 8.5 → 22.25 of 25 urban points = 89 → 示范.
const SHEETS = [
  { 'A-01': 9, 'A-02': 5, 'B-01': 9 },
  { 'A-01': 9.5, 'A-02': 4, 'B-01': 8 },
];

function errorFrom(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe('scoreCase', () => {
  it('should combine, total and tier the case when no veto or self-check is given', () => {
    expect(scoreCase(buildStandard(), 'URBAN', { inspectorSheets: SHEETS, vetoFlags: [] })).toEqual({
      itemScores: { 'A-01': 9.25, 'A-02': 4.5, 'B-01': 8.5 },
      total: 89,
      tier: '示范',
      passed: true,
      vetoTriggered: [],
      selfCheckTotal: null,
      deviation: null,
      deviationFlagged: false,
    });
  });

  it('should fail the case with no tier when a veto is triggered whatever the score', () => {
    const perfect = [{ 'A-01': 10, 'A-02': 5, 'B-01': 10 }];

    const result = scoreCase(buildStandard(), 'URBAN', {
      inspectorSheets: perfect,
      vetoFlags: ['V-01', 'V-01'],
    });

    expect(result).toMatchObject({ total: 100, tier: null, passed: false, vetoTriggered: ['V-01'] });
  });

  it('should not pass when the total is below the lowest tier', () => {
    const low = [{ 'A-01': 5, 'A-02': 3, 'B-01': 9 }];

    expect(scoreCase(buildStandard(), 'URBAN', { inspectorSheets: low, vetoFlags: [] })).toMatchObject({
      total: 68,
      tier: null,
      passed: false,
    });
  });

  it('should flag the deviation when the self-check is more than 10 points above the inspection', () => {
    const selfCheck = { 'A-01': 10, 'A-02': 5, 'B-01': 10 };

    const result = scoreCase(buildStandard(), 'URBAN', { inspectorSheets: SHEETS, vetoFlags: [], selfCheck });

    expect(result).toMatchObject({ selfCheckTotal: 100, deviation: 11, deviationFlagged: true });
  });

  it('should not flag the deviation when it equals the threshold exactly', () => {
    const selfCheck = { 'A-01': 10, 'A-02': 5, 'B-01': 10 };
    const input = { inspectorSheets: SHEETS, vetoFlags: [], selfCheck, deviationThreshold: 11 };

    expect(scoreCase(buildStandard(), 'URBAN', input)).toMatchObject({
      deviation: 11,
      deviationFlagged: false,
    });
  });

  it('should give a negative deviation when the community rated itself lower', () => {
    const selfCheck = { 'A-01': 6, 'A-02': 4, 'B-01': 7 };

    const result = scoreCase(buildStandard(), 'URBAN', { inspectorSheets: SHEETS, vetoFlags: [], selfCheck });

    expect(result).toMatchObject({ selfCheckTotal: 68, deviation: -21, deviationFlagged: true });
  });

  it('should trim the extremes when the policy is TRIMMED_MEAN and 5 inspectors scored', () => {
    const sheets = [2, 8, 8.5, 9, 10].map((a) => ({ 'A-01': a, 'A-02': 5, 'B-01': 10 }));
    const input = { inspectorSheets: sheets, vetoFlags: [], combineMethod: 'TRIMMED_MEAN' as const };

    // 8.5 + 5 + 10 = 23.5 of 25.
    expect(scoreCase(buildStandard(), 'URBAN', input)).toMatchObject({ total: 94, tier: '精品' });
  });

  it('should throw INVALID_SCORES when no inspector has scored', () => {
    const error = errorFrom(() =>
      scoreCase(buildStandard(), 'URBAN', { inspectorSheets: [], vetoFlags: [] }),
    );

    expect(error.code).toBe(DomainErrorCode.INVALID_SCORES);
    expect(error.details.problems).toEqual([
      { field: 'inspectorSheets', message: 'No inspector has submitted scores yet.' },
    ]);
  });

  it('should throw INVALID_SCORES naming each bad flag when a veto flag is not an applicable veto item', () => {
    const def = buildStandard();
    def.categories[2].items[0].appliesTo = 'RURAL';

    const error = errorFrom(() =>
      scoreCase(def, 'URBAN', { inspectorSheets: SHEETS, vetoFlags: ['A-01', 'V-01', 'Z-9'] }),
    );

    expect(error.code).toBe(DomainErrorCode.INVALID_SCORES);
    expect(error.details.problems).toEqual([
      { field: 'vetoFlags[0]', message: 'A-01 is not a veto item, so it cannot be flagged as one.' },
      { field: 'vetoFlags[1]', message: 'V-01 does not apply to urban communities.' },
      { field: 'vetoFlags[2]', message: 'Z-9 is not an item of standard PINGAN v2.' },
    ]);
  });

  it('should throw VALIDATION_FAILED when the deviation threshold is negative', () => {
    const input = { inspectorSheets: SHEETS, vetoFlags: [], deviationThreshold: -1 };

    const error = errorFrom(() => scoreCase(buildStandard(), 'URBAN', input));

    expect(error.code).toBe(DomainErrorCode.VALIDATION_FAILED);
    expect(error.details.problems).toEqual([
      {
        field: 'deviationThreshold',
        message: 'The deviation threshold must be 0 or more points, with at most two decimals.',
      },
    ]);
  });
});
