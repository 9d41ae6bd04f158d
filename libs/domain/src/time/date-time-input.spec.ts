import { acceptedDateTimeForms, parseDateTimeInput } from './date-time-input';

const SHANGHAI = 'Asia/Shanghai';

function instant(text: unknown, zone = SHANGHAI): string {
  const result = parseDateTimeInput(text, zone);
  if (!result.ok) throw new Error(`refused ${String(text)}: ${result.problem}`);
  return new Date(result.value.instant).toISOString();
}

function problem(text: unknown, zone = SHANGHAI): string {
  const result = parseDateTimeInput(text, zone);
  if (result.ok) throw new Error(`accepted ${String(text)} as ${result.value.iso}`);
  return result.problem;
}

describe(parseDateTimeInput.name, () => {
  it('should read a date alone as the end of that day in the zone, not 00:00 UTC (issue 10)', () => {
    const result = parseDateTimeInput('2027-01-15', SHANGHAI);
    expect(result).toEqual({
      ok: true,
      value: {
        instant: Date.parse('2027-01-15T15:59:59.999Z'),
        iso: '2027-01-15T23:59:59.999+08:00',
        localDate: '2027-01-15',
        dateOnly: true,
      },
    });
  });

  it('should read a time without an offset on the zone’s clock, not the server’s (issue 10)', () => {
    expect(instant('2027-01-25T00:00')).toBe('2027-01-24T16:00:00.000Z');
    expect(instant('2027-01-25T00:00', 'Europe/London')).toBe('2027-01-25T00:00:00.000Z');
    expect(instant('2027-07-25T00:00', 'Europe/London')).toBe('2027-07-24T23:00:00.000Z');
  });

  it('should take Z and offsets as given, in any of their ISO spellings', () => {
    expect(instant('2027-01-15T09:00Z')).toBe('2027-01-15T09:00:00.000Z');
    expect(instant('2027-01-15T17:00+08:00')).toBe('2027-01-15T09:00:00.000Z');
    expect(instant('2027-01-15T17:00+0800')).toBe('2027-01-15T09:00:00.000Z');
    expect(instant('2027-01-15T17:00+08')).toBe('2027-01-15T09:00:00.000Z');
    expect(instant('2027-01-15T04:30-05:30')).toBe('2027-01-15T10:00:00.000Z');
    expect(instant('2026-12-31T16:00:00.000Z')).toBe('2026-12-31T16:00:00.000Z');
  });

  it('should accept seconds, fractions, a space for the T and surrounding whitespace', () => {
    expect(instant('2027-01-15 17:30:15')).toBe('2027-01-15T09:30:15.000Z');
    expect(instant('2027-01-15T17:30:15.5')).toBe('2027-01-15T09:30:15.500Z');
    expect(instant('2027-01-15T17:30:15.123456789Z')).toBe('2027-01-15T17:30:15.123Z');
    expect(instant('  2027-01-15\n')).toBe('2027-01-15T15:59:59.999Z');
    expect(instant('\t2027-01-15T17:00 ')).toBe('2027-01-15T09:00:00.000Z');
  });

  it('should read 24:00 as the end of the day it follows, the same as the date alone', () => {
    expect(instant('2027-01-15T24:00')).toBe(instant('2027-01-15'));
    expect(instant('2027-01-15T24:00:00+08:00')).toBe('2027-01-15T15:59:59.999Z');
    expect(problem('2027-01-15T24:01')).toContain('24:01 is not a time of day');
  });

  it('should accept 29 February in leap years only', () => {
    expect(instant('2028-02-29')).toBe('2028-02-29T15:59:59.999Z');
    expect(instant('2000-02-29T12:00')).toBe('2000-02-29T04:00:00.000Z');
    expect(problem('2027-02-29')).toBe('2027-02-29 is not a day of the calendar (2027-02 has 28 days)');
    expect(problem('1900-02-29')).toContain('not a day of the calendar');
  });

  it('should refuse impossible dates and times, naming what is wrong', () => {
    expect(problem('2026-04-31')).toBe('2026-04-31 is not a day of the calendar (2026-04 has 30 days)');
    expect(problem('2026-13-01')).toBe('month 13 does not exist');
    expect(problem('2026-00-10')).toBe('month 00 does not exist');
    expect(problem('2026-01-00')).toContain('not a day of the calendar');
    expect(problem('2026-01-01T25:00')).toContain('25:00 is not a time of day');
    expect(problem('2026-01-01T12:60')).toContain('12:60 is not a time of day');
    expect(problem('2026-01-01T12:00:60')).toContain('12:00:60 is not a time of day');
    expect(problem('2026-01-01T12:00+15:00')).toBe('offset +15:00 is outside -12:00 to +14:00');
    expect(problem('2026-01-01T12:00+08:75')).toContain('outside');
  });

  it('should refuse other shapes: empty, numbers, slashes, words, an offset without a time', () => {
    expect(problem('')).toBe('expected a date or a date-time, got nothing');
    expect(problem('   ')).toBe('expected a date or a date-time, got nothing');
    expect(problem(1_790_000_000_000)).toBe('expected text, not a number or an object');
    expect(problem(null)).toBe('expected text, not a number or an object');
    for (const text of ['2027/01/15', '2027-1-15', '15.01.2027', 'tomorrow', '2027-01-15T9:00', '20270115']) {
      expect(problem(text)).toBe(`"${text}" is not in a form this field reads`);
    }
    expect(problem('2027-01-15Z')).toBe('an offset needs a time of day before it');
  });

  it('should refuse a wall time the zone skips and take the later of a time it passes twice', () => {
    expect(problem('2026-03-08T02:30', 'America/New_York')).toBe(
      'that time does not exist in America/New_York (its clocks skip it)',
    );
    expect(instant('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T06:30:00.000Z');
    // The end of a day exists everywhere, even on a day whose clocks change.
    expect(instant('2026-03-08', 'America/New_York')).toBe('2026-03-09T03:59:59.999Z');
  });

  it('should echo the instant with the zone’s offset and the local day it falls on', () => {
    const result = parseDateTimeInput('2027-01-15T01:00Z', SHANGHAI);
    expect(result.ok && result.value).toEqual({
      instant: Date.parse('2027-01-15T01:00:00Z'),
      iso: '2027-01-15T09:00:00.000+08:00',
      localDate: '2027-01-15',
      dateOnly: false,
    });
    const late = parseDateTimeInput('2027-01-15T20:00Z', SHANGHAI);
    expect(late.ok && late.value.localDate).toBe('2027-01-16');
  });

  it('should state the accepted forms with the zone named', () => {
    expect(acceptedDateTimeForms(SHANGHAI)).toBe(
      'a date, 2027-01-15 (the end of that day in Asia/Shanghai); a date and time, 2027-01-15T17:00 or ' +
        '2027-01-15 17:00:00 (read in Asia/Shanghai); or either with an offset, 2027-01-15T17:00+08:00 or 2027-01-15T09:00Z',
    );
  });
});
