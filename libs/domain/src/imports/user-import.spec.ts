import { readImportRows } from './import-sheet';
import { textCell } from './upload-cell';
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
/** A CSV-like sheet: the header on row 1, then the data rows. */
const sheet = (...data: string[][]) =>
  readImportRows(
    [headers, ...data].map((cells, index) => ({ row: index + 1, cells: cells.map(textCell) })),
    USER_COLUMNS,
  );

describe('validateUserRows', () => {
  it('should read roles as codes or the domain words, and leave empty passwords to be generated', () => {
    const read = sheet(
      ['clerk-c1', '一社区', '社区', 'c1', ''],
      ['insp-1', '张检查员', 'inspector', 's1', 'safe-pass-2026'],
    );
    const { records, problems } = validateUserRows(read.rows, read.incomplete, context);
    expect(read.problems).toEqual([]);
    expect(problems).toEqual([]);
    expect(records.map((record) => [record.row, record.role, record.password])).toEqual([
      [2, 'COMMUNITY', null],
      [3, 'INSPECTOR', 'safe-pass-2026'],
    ]);
  });

  it('should report every bad cell by row and column, and record nothing', () => {
    const read = sheet(
      ['taken', '甲', '社区', 'c1', ''],
      ['b-1', '乙', '管理员', '', ''],
      ['c-1', '丙', '社区', 's2', 'short'],
      ['c-1', '丁', '队长', 'c1', ''],
    );
    const { records, problems } = validateUserRows(read.rows, read.incomplete, context);
    expect(records).toEqual([]);
    // The role cell is read by its column (an enumeration), so 队长 is refused before the rules run.
    expect(read.problems).toEqual([
      {
        row: 5,
        column: '角色',
        cell: 'C5',
        problem: expect.stringContaining('队长') as string,
      },
    ]);
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
      { row: 5, column: '用户名', problem: 'c-1 与第4行重复' },
    ]);
  });
});
