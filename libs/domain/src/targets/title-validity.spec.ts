import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { countsTowardCumulative, isIsoDate } from './title-validity';

describe('countsTowardCumulative', () => {
  it('should count a title when it is neither revoked nor expired', () => {
    expect(countsTowardCumulative({ year: 2022, validUntil: null, revokedAt: null }, 2025)).toBe(true);
    expect(countsTowardCumulative({ year: 2022, validUntil: '2027-12-31', revokedAt: null }, 2025)).toBe(
      true,
    );
  });

  it('should not count a title when it was revoked before the campaign year', () => {
    expect(countsTowardCumulative({ year: 2021, validUntil: null, revokedAt: '2024-12-31' }, 2025)).toBe(
      false,
    );
  });

  it('should still count a title when it was revoked during the campaign year', () => {
    expect(countsTowardCumulative({ year: 2021, validUntil: null, revokedAt: '2025-01-01' }, 2025)).toBe(
      true,
    );
  });

  it('should not count a title when it expired before the campaign year', () => {
    expect(countsTowardCumulative({ year: 2021, validUntil: '2024-12-31', revokedAt: null }, 2025)).toBe(
      false,
    );
  });

  it('should count a title when it is valid until the first day of the campaign year', () => {
    expect(countsTowardCumulative({ year: 2021, validUntil: '2025-01-01', revokedAt: null }, 2025)).toBe(
      true,
    );
  });

  it('should count a title when it was awarded in the campaign year itself', () => {
    expect(countsTowardCumulative({ year: 2025, validUntil: '2028-12-31', revokedAt: null }, 2025)).toBe(
      true,
    );
  });

  it('should not count a title when it was awarded after the campaign year', () => {
    expect(countsTowardCumulative({ year: 2026, validUntil: null, revokedAt: null }, 2025)).toBe(false);
  });

  it('should throw VALIDATION_FAILED naming each bad field when dates or years are malformed', () => {
    let caught: unknown;
    try {
      countsTowardCumulative({ year: 21, validUntil: '2024-02-30', revokedAt: '2024/06/01' }, 2025.5);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe(DomainErrorCode.VALIDATION_FAILED);
    expect((caught as DomainError).details.problems).toEqual([
      { field: 'campaignYear', message: 'The campaign year must be like 2025.' },
      { field: 'year', message: 'The title year must be like 2023.' },
      { field: 'validUntil', message: 'validUntil must be a date like 2025-12-31, or empty.' },
      { field: 'revokedAt', message: 'revokedAt must be a date like 2025-12-31, or empty.' },
    ]);
  });
});

describe('isIsoDate', () => {
  it('should accept a real calendar date when written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('should refuse a date when the day does not exist or the format differs', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-06-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20240601)).toBe(false);
  });
});
