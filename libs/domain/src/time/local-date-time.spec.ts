import {
  endOfLocalDay,
  formatLocalDate,
  formatLocalDateTime,
  localDateOf,
  localDateTimeIso,
  timeLeft,
  zoneOffsetMinutes,
} from './local-date-time';

describe('formatLocalDateTime', () => {
  it('should show an instant in China time in Chinese when no zone is given', () => {
    expect(formatLocalDateTime('2026-12-01T05:29:00Z')).toBe('2026年12月1日 13:29');
  });

  it('should roll over to the next local day when UTC is still on the previous one', () => {
    expect(formatLocalDateTime('2026-12-31T16:00:00Z')).toBe('2027年1月1日 00:00');
  });

  it('should honour an explicit offset in the input and another zone when asked', () => {
    expect(formatLocalDateTime('2026-12-01T23:59:59+08:00')).toBe('2026年12月1日 23:59');
    expect(formatLocalDateTime('2026-07-01T12:00:00Z', 'Europe/Berlin')).toBe('2026年7月1日 14:00');
  });

  it('should show a dash for null, undefined and unreadable values', () => {
    expect(formatLocalDateTime(null)).toBe('—');
    expect(formatLocalDateTime(undefined)).toBe('—');
    expect(formatLocalDateTime('not a date')).toBe('—');
  });

  it('should give the local date alone', () => {
    expect(formatLocalDate('2026-12-31T16:00:00Z')).toBe('2027年1月1日');
  });
});

describe('endOfLocalDay', () => {
  it('should make a date alone the end of that day with the zone offset', () => {
    expect(endOfLocalDay('2026-12-01')).toBe('2026-12-01T23:59:59+08:00');
    expect(Date.parse(endOfLocalDay('2026-12-01')!)).toBe(Date.parse('2026-12-01T15:59:59Z'));
  });

  it('should use the offset in force on that day in a zone with summer time', () => {
    expect(endOfLocalDay('2026-07-01', 'Europe/Berlin')).toBe('2026-07-01T23:59:59+02:00');
    expect(endOfLocalDay('2026-01-15', 'Europe/Berlin')).toBe('2026-01-15T23:59:59+01:00');
  });

  it('should refuse text that is not a calendar date', () => {
    expect(endOfLocalDay('2026-02-30')).toBeNull();
    expect(endOfLocalDay('2026-2-3')).toBeNull();
    expect(endOfLocalDay('')).toBeNull();
  });
});

describe('localDateTimeIso and localDateOf', () => {
  it('should write a wall-clock time with its offset', () => {
    expect(localDateTimeIso({ year: 2026, month: 3, day: 9, hour: 8, minute: 5 })).toBe(
      '2026-03-09T08:05:00+08:00',
    );
  });

  it('should read back the local calendar date of an instant', () => {
    expect(localDateOf('2026-12-31T16:30:00Z')).toBe('2027-01-01');
    expect(localDateOf('nonsense')).toBeNull();
  });

  it('should know Shanghai is 8 hours ahead of UTC', () => {
    expect(zoneOffsetMinutes(Date.parse('2026-06-01T00:00:00Z'))).toBe(480);
  });
});

describe('timeLeft', () => {
  const now = Date.parse('2026-12-01T00:00:00Z');

  it('should say how long remains in days and hours', () => {
    expect(timeLeft('2026-12-04T04:30:00Z', now)).toEqual({ overdue: false, text: '还剩 3天4小时' });
  });

  it('should say how long it is overdue', () => {
    expect(timeLeft('2026-11-29T00:00:00Z', now)).toEqual({ overdue: true, text: '已逾期 2天' });
  });

  it('should use hours and minutes under a day, and minutes under an hour', () => {
    expect(timeLeft('2026-12-01T05:07:00Z', now)?.text).toBe('还剩 5小时7分钟');
    expect(timeLeft('2026-12-01T00:20:30Z', now)?.text).toBe('还剩 20分钟');
  });

  it('should count the deadline instant itself as overdue', () => {
    expect(timeLeft(now, now)).toEqual({ overdue: true, text: '已逾期 0分钟' });
  });

  it('should give null for an unreadable deadline', () => {
    expect(timeLeft('soon', now)).toBeNull();
  });
});
