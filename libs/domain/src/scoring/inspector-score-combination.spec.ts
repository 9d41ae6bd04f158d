import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { combineInspectorScores } from './inspector-score-combination';
import { ItemScores } from './scoring.types';

describe('combineInspectorScores', () => {
  it('should average each item when the method is MEAN', () => {
    const sheets = [
      { 'A-01': 8, 'A-02': 4 },
      { 'A-01': 9, 'A-02': 5 },
    ];

    expect(combineInspectorScores(sheets, 'MEAN')).toEqual({ 'A-01': 8.5, 'A-02': 4.5 });
  });

  it('should round to 2 decimals when the mean repeats', () => {
    const sheets = [{ 'A-01': 7.5 }, { 'A-01': 8 }, { 'A-01': 8 }];

    expect(combineInspectorScores(sheets, 'MEAN')).toEqual({ 'A-01': 7.83 });
  });

  it('should round half up when the mean falls exactly between two hundredths', () => {
    expect(combineInspectorScores([{ 'A-01': 7.25 }, { 'A-01': 7.5 }], 'MEAN')).toEqual({ 'A-01': 7.38 });
  });

  it('should not drift when decimals are not exact in binary', () => {
    expect(combineInspectorScores([{ 'A-01': 0.1 }, { 'A-01': 0.2 }], 'MEAN')).toEqual({ 'A-01': 0.15 });
    expect(combineInspectorScores([{ 'A-01': 0.1 }, { 'A-01': 0.2 }, { 'A-01': 0.3 }], 'MEAN')).toEqual({
      'A-01': 0.2,
    });
  });

  it('should drop one highest and one lowest when TRIMMED_MEAN has 5 sheets', () => {
    const sheets = [2, 8, 8.5, 9, 10].map((score) => ({ 'A-01': score }));

    expect(combineInspectorScores(sheets, 'TRIMMED_MEAN')).toEqual({ 'A-01': 8.5 });
    expect(combineInspectorScores(sheets, 'MEAN')).toEqual({ 'A-01': 7.5 });
  });

  it('should drop only one of each when the extremes are tied', () => {
    const sheets = [2, 2, 8, 10, 10].map((score) => ({ 'A-01': score }));

    expect(combineInspectorScores(sheets, 'TRIMMED_MEAN')).toEqual({ 'A-01': 6.67 });
  });

  it('should use the plain mean when TRIMMED_MEAN has fewer than 5 sheets', () => {
    const sheets = [2, 8, 9, 10].map((score) => ({ 'A-01': score }));

    expect(combineInspectorScores(sheets, 'TRIMMED_MEAN')).toEqual({ 'A-01': 7.25 });
  });

  it('should combine each item over the sheets that scored it when sheets differ', () => {
    const sheets: ItemScores[] = [{ 'A-01': 8, 'B-01': 6 }, { 'A-01': 9 }];

    expect(combineInspectorScores(sheets, 'MEAN')).toEqual({ 'A-01': 8.5, 'B-01': 6 });
  });

  it('should return no scores when there are no sheets', () => {
    expect(combineInspectorScores([], 'MEAN')).toEqual({});
  });

  it('should throw INVALID_SCORES listing each bad value when a sheet holds one', () => {
    let caught: unknown;
    try {
      combineInspectorScores([{ 'A-01': 8 }, { 'A-01': -1, 'A-02': 7.333 }], 'MEAN');
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe(DomainErrorCode.INVALID_SCORES);
    expect((caught as DomainError).details.problems).toEqual([
      {
        field: 'sheets[1].scores.A-01',
        message: 'A-01: -1 must be a number of 0 or more with at most two decimals.',
      },
      {
        field: 'sheets[1].scores.A-02',
        message: 'A-02: 7.333 must be a number of 0 or more with at most two decimals.',
      },
    ]);
  });
});
