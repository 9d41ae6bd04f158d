import { DomainError, DomainErrorCode, ProblemCode } from '../errors/domain-error';
import { buildStandard } from '../standard/standard.fixture';
import { totalScore } from './total-score';

function errorFrom(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe('totalScore', () => {
  it('should give 100 when every urban item has its maximum', () => {
    expect(totalScore(buildStandard(), 'URBAN', { 'A-01': 10, 'A-02': 5, 'B-01': 10 })).toBe(100);
  });

  it('should normalise to 100 over the urban maxima when rural items do not apply', () => {
    // 21.5 of 25 urban points.
    expect(totalScore(buildStandard(), 'URBAN', { 'A-01': 8.5, 'A-02': 4, 'B-01': 9 })).toBe(86);
  });

  it('should round to 2 decimals when the rural ratio repeats', () => {
    // 24.5 of 30 rural points = 81.666…
    expect(totalScore(buildStandard(), 'RURAL', { 'A-01': 8.5, 'A-02': 4, 'B-02': 12 })).toBe(81.67);
  });

  it('should accept combined scores between steps when they came from averaging', () => {
    // 22.25 of 25.
    expect(totalScore(buildStandard(), 'URBAN', { 'A-01': 9.25, 'A-02': 4.5, 'B-01': 8.5 })).toBe(89);
  });

  it('should count a veto item in the total when it also carries a score', () => {
    const def = buildStandard();
    def.categories[2].items[0].maxScore = 5;

    // 25 of 30 urban points.
    expect(totalScore(def, 'URBAN', { 'A-01': 10, 'A-02': 5, 'B-01': 10, 'V-01': 0 })).toBe(83.33);
  });

  it('should throw INVALID_SCORES naming the item when a score is missing', () => {
    const error = errorFrom(() => totalScore(buildStandard(), 'URBAN', { 'A-01': 10, 'A-02': 5 }));

    expect(error.code).toBe(DomainErrorCode.INVALID_SCORES);
    expect(error.details.problems).toEqual([
      {
        field: 'scores.B-01',
        message: 'B-01: no score given (allowed 0 to 10 in steps of 1)',
        code: ProblemCode.SCORE_MISSING,
        params: { item: 'B-01', maxScore: 10, scoreStep: 1 },
      },
    ]);
  });

  it('should throw INVALID_SCORES when the standard has no scored item for the kind', () => {
    const def = buildStandard();
    def.categories[1].items.pop();
    def.categories[0].items.forEach((item) => (item.appliesTo = 'URBAN'));

    const error = errorFrom(() => totalScore(def, 'RURAL', {}));

    expect(error.code).toBe(DomainErrorCode.INVALID_SCORES);
    expect(error.details.problems).toEqual([
      { field: 'kind', message: 'Standard PINGAN v2 has no scored item for rural communities.' },
    ]);
  });
});
