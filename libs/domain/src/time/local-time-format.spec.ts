import { formatLocalDate, formatLocalDateTime } from './local-time-format';

describe(formatLocalDateTime.name, () => {
  it('should write the reminder’s UTC instant as Beijing time, the way offices write it (issue 10)', () => {
    expect(formatLocalDateTime('2026-12-01T05:29:20.000Z', 'Asia/Shanghai')).toBe('2026年12月1日 13:29');
  });

  it('should read any ISO offset, a number or a Date, and move across midnight and year ends', () => {
    expect(formatLocalDateTime('2026-12-31T16:00:00Z', 'Asia/Shanghai')).toBe('2027年1月1日 00:00');
    expect(formatLocalDateTime('2027-01-15T23:59:59.999+08:00', 'Asia/Shanghai')).toBe('2027年1月15日 23:59');
    expect(formatLocalDateTime(Date.parse('2026-03-05T01:07:00Z'), 'Asia/Shanghai')).toBe(
      '2026年3月5日 09:07',
    );
    expect(formatLocalDateTime(new Date('2026-07-01T12:00:00Z'), 'Europe/London')).toBe('2026年7月1日 13:00');
  });

  it('should hand back a value it cannot read unchanged rather than lose it', () => {
    expect(formatLocalDateTime('not a time', 'Asia/Shanghai')).toBe('not a time');
  });
});

describe(formatLocalDate.name, () => {
  it('should write the local day of an instant', () => {
    expect(formatLocalDate('2026-12-01T16:30:00Z', 'Asia/Shanghai')).toBe('2026年12月2日');
  });

  it('should write a calendar date as that day, whatever the zone', () => {
    expect(formatLocalDate('2029-12-31', 'Asia/Shanghai')).toBe('2029年12月31日');
    expect(formatLocalDate('2029-01-05', 'America/New_York')).toBe('2029年1月5日');
  });
});
