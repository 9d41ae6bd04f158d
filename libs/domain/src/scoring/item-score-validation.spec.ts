import { buildStandard } from '../standard/standard.fixture';
import { ProblemCode } from '../errors/domain-error';
import { validateItemScores } from './item-score-validation';

const FULL_URBAN_SHEET = { 'A-01': 8.5, 'A-02': 4, 'B-01': 9 };

describe('validateItemScores', () => {
  it('should report no problems when an urban sheet scores every urban item on its step', () => {
    expect(validateItemScores(buildStandard(), 'URBAN', FULL_URBAN_SHEET, { requireAll: true })).toEqual([]);
  });

  it('should name the step and range when a score is not a multiple of the step', () => {
    const scores = { ...FULL_URBAN_SHEET, 'A-01': 7.3 };

    expect(validateItemScores(buildStandard(), 'URBAN', scores, { requireAll: true })).toEqual([
      {
        field: 'scores.A-01',
        message: 'A-01: 7.3 is not a multiple of 0.5 (allowed 0 to 10 in steps of 0.5)',
        code: ProblemCode.SCORE_OFF_STEP,
        params: { item: 'A-01', value: '7.3', maxScore: 10, scoreStep: 0.5 },
      },
    ]);
  });

  it('should report out of range when a score is above the maximum or below 0', () => {
    const scores = { ...FULL_URBAN_SHEET, 'A-01': 10.5, 'A-02': -1 };

    expect(validateItemScores(buildStandard(), 'URBAN', scores, { requireAll: true })).toEqual([
      {
        field: 'scores.A-01',
        message: 'A-01: 10.5 is out of range (allowed 0 to 10 in steps of 0.5)',
        code: ProblemCode.SCORE_OUT_OF_RANGE,
        params: { item: 'A-01', value: '10.5', maxScore: 10, scoreStep: 0.5 },
      },
      {
        field: 'scores.A-02',
        message: 'A-02: -1 is out of range (allowed 0 to 5 in steps of 1)',
        code: ProblemCode.SCORE_OUT_OF_RANGE,
        params: { item: 'A-02', value: '-1', maxScore: 5, scoreStep: 1 },
      },
    ]);
  });

  it('should accept the bounds when a score is exactly 0 or the maximum', () => {
    const scores = { 'A-01': 0, 'A-02': 5, 'B-01': 10 };

    expect(validateItemScores(buildStandard(), 'URBAN', scores, { requireAll: true })).toEqual([]);
  });

  it('should report a value when it is not a number', () => {
    const scores = { ...FULL_URBAN_SHEET, 'A-01': Number.NaN, 'A-02': 'four' as unknown as number };

    expect(validateItemScores(buildStandard(), 'URBAN', scores, { requireAll: true })).toEqual([
      {
        field: 'scores.A-01',
        message: 'A-01: NaN is not a number (allowed 0 to 10 in steps of 0.5)',
        code: ProblemCode.SCORE_NOT_A_NUMBER,
        params: { item: 'A-01', value: 'NaN', maxScore: 10, scoreStep: 0.5 },
      },
      {
        field: 'scores.A-02',
        message: 'A-02: four is not a number (allowed 0 to 5 in steps of 1)',
        code: ProblemCode.SCORE_NOT_A_NUMBER,
        params: { item: 'A-02', value: 'four', maxScore: 5, scoreStep: 1 },
      },
    ]);
  });

  it('should report unknown, inapplicable and veto-flag items when a sheet scores them', () => {
    const scores = { ...FULL_URBAN_SHEET, 'X-99': 1, 'B-02': 3, 'V-01': 0 };

    expect(validateItemScores(buildStandard(), 'URBAN', scores, { requireAll: true })).toEqual([
      {
        field: 'scores.X-99',
        message: 'X-99 is not an item of standard PINGAN v2.',
        code: ProblemCode.ITEM_NOT_IN_STANDARD,
        params: { item: 'X-99', standard: 'PINGAN', version: 2 },
      },
      {
        field: 'scores.B-02',
        message: 'B-02 does not apply to urban communities; leave it out.',
        code: ProblemCode.ITEM_NOT_FOR_KIND,
        params: { item: 'B-02', kind: 'URBAN' },
      },
      {
        field: 'scores.V-01',
        message: 'V-01 is a veto item and takes no score; report it as a veto flag instead.',
        code: ProblemCode.VETO_ITEM_NOT_SCORED,
        params: { item: 'V-01' },
      },
    ]);
  });

  it('should report each missing item in standard order when every item is required', () => {
    expect(validateItemScores(buildStandard(), 'RURAL', { 'A-02': 3 }, { requireAll: true })).toEqual([
      {
        field: 'scores.A-01',
        message: 'A-01: no score given (allowed 0 to 10 in steps of 0.5)',
        code: ProblemCode.SCORE_MISSING,
        params: { item: 'A-01', maxScore: 10, scoreStep: 0.5 },
      },
      {
        field: 'scores.B-02',
        message: 'B-02: no score given (allowed 0 to 15 in steps of 0.5)',
        code: ProblemCode.SCORE_MISSING,
        params: { item: 'B-02', maxScore: 15, scoreStep: 0.5 },
      },
    ]);
  });

  it('should require every item when no options are given', () => {
    const problems = validateItemScores(buildStandard(), 'URBAN', { 'A-01': 5 });

    expect(problems.map((problem) => problem.field)).toEqual(['scores.A-02', 'scores.B-01']);
  });

  it('should accept a partial sheet when not every item is required', () => {
    expect(validateItemScores(buildStandard(), 'URBAN', { 'A-01': 5 }, { requireAll: false })).toEqual([]);
  });

  it('should expect only the re-checked items when onlyItems is given', () => {
    const options = { requireAll: true, onlyItems: ['A-01', 'B-01'] };

    expect(validateItemScores(buildStandard(), 'URBAN', { 'A-01': 9.5, 'B-01': 10 }, options)).toEqual([]);
    expect(validateItemScores(buildStandard(), 'URBAN', { 'A-01': 9.5 }, options)).toEqual([
      {
        field: 'scores.B-01',
        message: 'B-01: no score given (allowed 0 to 10 in steps of 1)',
        code: ProblemCode.SCORE_MISSING,
        params: { item: 'B-01', maxScore: 10, scoreStep: 1 },
      },
    ]);
  });

  it('should refuse a score for an item outside the re-check when onlyItems is given', () => {
    const options = { requireAll: true, onlyItems: ['A-01'] };

    expect(validateItemScores(buildStandard(), 'URBAN', { 'A-01': 9.5, 'A-02': 5 }, options)).toEqual([
      {
        field: 'scores.A-02',
        message: 'A-02 is not among the items being re-checked (A-01).',
        code: ProblemCode.ITEM_NOT_RECHECKED,
        params: { item: 'A-02', recheckedItems: 'A-01' },
      },
    ]);
  });

  it('should report a re-check item when it is not a scored item for the kind', () => {
    const options = { requireAll: true, onlyItems: ['A-01', 'B-02'] };

    expect(validateItemScores(buildStandard(), 'URBAN', { 'A-01': 9.5 }, options)).toEqual([
      {
        field: 'onlyItems[1]',
        message: 'B-02 is not a scored item for urban communities, so it cannot be re-checked.',
      },
    ]);
  });

  it('should accept a score between steps when step checking is off', () => {
    const scores = { ...FULL_URBAN_SHEET, 'A-01': 7.25, 'A-02': 4.33 };

    expect(
      validateItemScores(buildStandard(), 'URBAN', scores, { requireAll: true, checkStep: false }),
    ).toEqual([]);
  });

  it('should refuse a third decimal when step checking is off', () => {
    const scores = { ...FULL_URBAN_SHEET, 'A-01': 7.255 };

    expect(
      validateItemScores(buildStandard(), 'URBAN', scores, { requireAll: true, checkStep: false }),
    ).toEqual([
      {
        field: 'scores.A-01',
        message: 'A-01: 7.255 has more than two decimals (allowed 0 to 10 in steps of 0.5)',
        code: ProblemCode.SCORE_TOO_PRECISE,
        params: { item: 'A-01', value: '7.255', maxScore: 10, scoreStep: 0.5 },
      },
    ]);
  });
});
