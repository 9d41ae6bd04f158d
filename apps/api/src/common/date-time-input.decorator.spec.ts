import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsOptional, validate } from 'class-validator';
import { DateTimeInput, useInputTimeZone } from './date-time-input.decorator';

class Deadline {
  @DateTimeInput() dueAt!: string;
}

class Revocation {
  @IsOptional()
  @DateTimeInput({ as: 'date', required: false })
  revokedAt?: string;
}

async function read<T extends object>(
  type: new () => T,
  plain: object,
): Promise<{ value: T; messages: string[] }> {
  const value = plainToInstance(type, plain);
  const errors = await validate(value);
  return { value, messages: errors.flatMap((error) => Object.values(error.constraints ?? {})) };
}

describe(DateTimeInput.name, () => {
  afterEach(() => useInputTimeZone('Asia/Shanghai'));

  it('should hand the service the instant with the zone’s offset', async () => {
    expect((await read(Deadline, { dueAt: '2027-01-15' })).value.dueAt).toBe('2027-01-15T23:59:59.999+08:00');
    expect((await read(Deadline, { dueAt: '2027-01-15T09:00Z' })).value.dueAt).toBe(
      '2027-01-15T17:00:00.000+08:00',
    );
  });

  it('should read in the zone set at boot (TIME_ZONE)', async () => {
    useInputTimeZone('Europe/London');
    expect((await read(Deadline, { dueAt: '2027-07-15' })).value.dueAt).toBe('2027-07-15T23:59:59.999+01:00');
  });

  it('should refuse a missing or impossible value, naming the field and the forms', async () => {
    const [missing] = (await read(Deadline, {})).messages;
    expect(missing).toMatch(/^dueAt: expected a date or a date-time\. Expected a date, 2027-01-15/);
    const [impossible] = (await read(Deadline, { dueAt: 20270115 })).messages;
    expect(impossible).toMatch(/^dueAt: expected text, not a number or an object\. Expected a date/);
  });

  it('should give a date field the local day of whatever it reads, and leave an absent optional one alone', async () => {
    expect((await read(Revocation, { revokedAt: '2025-03-01' })).value.revokedAt).toBe('2025-03-01');
    // 20:00 UTC on 31 December is already 1 January in Beijing.
    expect((await read(Revocation, { revokedAt: '2024-12-31T20:00Z' })).value.revokedAt).toBe('2025-01-01');
    expect(await read(Revocation, {})).toEqual({ value: new Revocation(), messages: [] });
  });
});
