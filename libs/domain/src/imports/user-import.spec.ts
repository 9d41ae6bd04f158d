import { keyRows } from './import-sheet';
import { USER_COLUMNS, validateUserRows } from './user-import';

const headers = ['用户名', '姓名', '角色', '管辖范围', '初始密码'];
const context = {
  manager: { userId: 'o', role: 'ORGANIZER', scopePath: '/p/d/s1/' },
  scopes: new Map([
    ['s1', { id: 's1', level: 'STREET' as const, path: '/p/d/s1/' }],
    ['c1', { id: 'c1', level: 'COMMUNITY' as const, path: '/p/d/s1/c1/' }],
    ['s2', { id: 's2', level: 'STREET' as const, path: '/p/d/s2/' }],
  ]),
  takenUsernames: new Set(['taken']),
  passwordPolicy: { minLength: 10 },
};
const rows = (...cells: string[][]) => cells.map((row, index) => ({ row: index + 2, cells: row }));

describe('validateUserRows', () => {
  it('should read roles as codes or the domain words, and leave empty passwords to be generated', () => {
    const keyed = keyRows(
      headers,
      rows(
        ['clerk-c1', '一社区', '社区', 'c1', ''],
        ['insp-1', '张检查员', 'inspector', 's1', 'safe-pass-2026'],
      ),
      USER_COLUMNS,
    );
    const { records, problems } = validateUserRows(keyed.rows, context);
    expect(problems).toEqual([]);
    expect(records.map((record) => [record.row, record.role, record.password])).toEqual([
      [2, 'COMMUNITY', null],
      [3, 'INSPECTOR', 'safe-pass-2026'],
    ]);
  });

  it('should report every bad cell by row and column, and record nothing', () => {
    const keyed = keyRows(
      headers,
      rows(
        ['taken', '甲', '社区', 'c1', ''],
        ['b-1', '乙', '管理员', '', ''],
        ['c-1', '丙', '社区', 's2', 'short'],
        ['c-1', '丁', '队长', 'c1', ''],
      ),
      USER_COLUMNS,
    );
    const { records, problems } = validateUserRows(keyed.rows, context);
    expect(records).toEqual([]);
    expect(problems).toEqual([
      { row: 2, column: '用户名', problem: 'taken is already taken' },
      { row: 3, column: '角色', problem: 'only an administrator may grant ADMIN' },
      {
        row: 4,
        column: '管辖范围',
        problem: 'expected a jurisdiction within your scope; s2 is unknown or outside it',
      },
      { row: 4, column: '初始密码', problem: 'must be at least 10 characters; it has 5' },
      {
        row: 4,
        column: '初始密码',
        problem: 'must mix at least two of letters, digits and other characters',
      },
      {
        row: 5,
        column: '角色',
        problem:
          'expected one of ADMIN, ORGANIZER, COMMUNITY, INSPECTOR, OBSERVER, or 组织方/社区/检查员/观察/管理员; got 队长',
      },
      { row: 5, column: '用户名', problem: 'c-1 is already on row 4' },
    ]);
  });
});
