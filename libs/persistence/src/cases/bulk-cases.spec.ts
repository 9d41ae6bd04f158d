import { closureEventKey } from '@app/domain';
import { closureEventKeySql } from './bulk-cases';

/** Evaluates a concatenation of quoted SQL literals (`'a' || 'b'`) as PostgreSQL would. */
function evaluate(sql: string): string {
  return sql
    .split(' || ')
    .map((literal) => literal.slice(1, -1).replaceAll("''", "'"))
    .join('');
}

describe(closureEventKeySql.name, () => {
  it('should give, in SQL, the key the domain gives a closure event, when fed the same values', () => {
    const sql = closureEventKeySql("'case:pa-2026:c-01'", "'case.deadline_missed'");

    expect(evaluate(sql)).toBe(closureEventKey('case:pa-2026:c-01', 'case.deadline_missed'));
  });

  it('should concatenate the given column expressions around the constant parts', () => {
    expect(closureEventKeySql('c.workflow_id', 't.type')).toBe("c.workflow_id || '#closed#' || t.type");
  });
});
