import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { QueryBoolean, QueryInteger } from './query-params';

class Query {
  @QueryInteger('offset', 0, 2_147_483_647)
  offset?: unknown;

  @QueryBoolean('overdue')
  overdue?: unknown;
}

function read(query: Record<string, unknown>): { value: Query; messages: string[] } {
  const value = plainToInstance(Query, { offset: '0', overdue: 'false', ...query });
  const messages = validateSync(value).flatMap((error) => Object.values(error.constraints ?? {}));
  return { value, messages };
}

describe(QueryInteger.name, () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['0020', 20],
    ['2147483647', 2_147_483_647],
  ])('should read %s exactly as %d', (given, expected) => {
    expect(read({ offset: given })).toEqual({
      value: expect.objectContaining({ offset: expected }),
      messages: [],
    });
  });

  it.each([
    '1e20',
    '9007199254740993',
    '2147483648',
    '-1',
    '1.0',
    '0x10',
    ' 1',
    '',
    'abc',
    '１２',
    ['1', '2'],
  ])('should refuse %p naming the parameter and its range', (given) => {
    expect(read({ offset: given }).messages).toEqual([
      'offset must be a whole number from 0 to 2147483647, written in digits',
    ]);
  });
});

describe(QueryBoolean.name, () => {
  it('should read true and false and refuse anything else', () => {
    expect(read({ overdue: 'true' }).value.overdue).toBe(true);
    expect(read({ overdue: 'false' }).value.overdue).toBe(false);
    for (const given of ['yes', '1', 'TRUE', '']) {
      expect(read({ overdue: given }).messages).toEqual(['overdue must be true or false']);
    }
  });
});
