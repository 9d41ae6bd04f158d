import { QueryFailedError } from 'typeorm';
import { writeRefusalOf } from './write-refusal';

function pgError(code: string, message: string): QueryFailedError {
  return new QueryFailedError('INSERT …', [], Object.assign(new Error(message), { code }));
}

describe(writeRefusalOf.name, () => {
  it.each([
    ['22P05', 'unsupported Unicode escape sequence'],
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
    ['22008', 'date/time field value out of range'],
    ['23514', 'new row violates check constraint'],
    ['23505', 'duplicate key value violates unique constraint'],
    ['42703', 'column "x" does not exist'],
    ['P0001', 'raised by a trigger'],
  ])('should call SQLSTATE %s a refusal of the write, with its message', (code, message) => {
    expect(writeRefusalOf(pgError(code, message))).toEqual({ sqlState: code, message });
  });

  it.each([
    ['08006', 'connection failure'],
    ['40001', 'could not serialize access'],
    ['40P01', 'deadlock detected'],
    ['53300', 'too many connections'],
    ['57P01', 'terminating connection due to administrator command'],
  ])('should leave SQLSTATE %s to be retried', (code, message) => {
    expect(writeRefusalOf(pgError(code, message))).toBeNull();
  });

  it('should leave errors without a SQLSTATE to be retried, e.g. a refused connection', () => {
    expect(
      writeRefusalOf(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toBeNull();
    expect(writeRefusalOf(new Error('Connection terminated unexpectedly'))).toBeNull();
    expect(writeRefusalOf(undefined)).toBeNull();
  });
});
