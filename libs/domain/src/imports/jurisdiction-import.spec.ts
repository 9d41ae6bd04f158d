import { readImportRows } from './import-sheet';
import {
  JURISDICTION_COLUMNS,
  jurisdictionImportReferences,
  validateJurisdictionRows,
} from './jurisdiction-import';
import { textCell } from './upload-cell';

const HEADERS = ['id', 'parent_id', 'level', 'name', 'kind', 'eligible', 'ineligible_reason'];

function read(...rows: string[][]) {
  const records = [HEADERS, ...rows].map((cells, index) => ({ row: index + 1, cells: cells.map(textCell) }));
  return readImportRows(records, JURISDICTION_COLUMNS);
}

function validate(...rows: string[][]) {
  const sheet = read(...rows);
  const result = validateJurisdictionRows(sheet.rows, sheet.incomplete, context);
  return {
    records: result.records,
    problems: [...sheet.problems, ...result.problems].sort((a, b) => a.row - b.row),
  };
}

const context = { existing: new Map([['d1', { level: 'DISTRICT' as const, path: '/p/c/d1/' }]]) };

describe(validateJurisdictionRows.name, () => {
  it('should compute every path from parents in the database or earlier in the file', () => {
    const { records, problems } = validate(
      ['s1', 'd1', 'STREET', '示范街道', '', '', ''],
      ['c1', 's1', '社区', '幸福社区', '城市社区', '是', ''],
      ['c2', 's1', 'community', '和平村', 'RURAL', 'FALSE', '组织尚未建立'],
      ['c3', 's1', '村', '新建村', '农村', '0', '组织\n尚未建立'],
    );

    expect(problems).toEqual([]);
    expect(
      records.map(({ id, level, kind, eligible, ineligibleReason, path }) => ({
        id,
        level,
        kind,
        eligible,
        ineligibleReason,
        path,
      })),
    ).toEqual([
      { id: 's1', level: 'STREET', kind: null, eligible: true, ineligibleReason: null, path: '/p/c/d1/s1/' },
      {
        id: 'c1',
        level: 'COMMUNITY',
        kind: 'URBAN',
        eligible: true,
        ineligibleReason: null,
        path: '/p/c/d1/s1/c1/',
      },
      {
        id: 'c2',
        level: 'COMMUNITY',
        kind: 'RURAL',
        eligible: false,
        ineligibleReason: '组织尚未建立',
        path: '/p/c/d1/s1/c2/',
      },
      {
        id: 'c3',
        level: 'COMMUNITY',
        kind: 'RURAL',
        eligible: false,
        ineligibleReason: '组织\n尚未建立',
        path: '/p/c/d1/s1/c3/',
      },
    ]);
  });

  it('should list every problem by row and column and return nothing when the tree is wrong', () => {
    const { records, problems } = validate(
      ['c1', 's1', 'COMMUNITY', '幸福社区', 'URBAN', '', ''],
      ['s1', 'd1', 'STREET', '示范街道', '', '', ''],
      ['d1', 'p', 'DISTRICT', '城南区', '', '', ''],
      ['c2', 's1', 'COMMUNITY', '和平社区', '', 'maybe', ''],
      ['c3', 'd1', 'TOWN', '村', '', '', ''],
      ['s1', 'd1', 'STREET', '重复', '', '', ''],
    );

    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        row: 2,
        column: '上级编码',
        problem: '没有行政区划 s1；上级须已存在或写在前面的行',
      },
      { row: 4, column: '编码', problem: 'd1 已存在' },
      {
        row: 4,
        column: '上级编码',
        problem: '没有行政区划 p；上级须已存在或写在前面的行',
      },
      {
        row: 5,
        column: '是否符合条件',
        cell: 'F5',
        problem: '应填：是或否（也可填 TRUE/FALSE、1/0），此处为 maybe',
      },
      {
        row: 6,
        column: '层级',
        cell: 'C6',
        problem:
          '应填：省、市、区县、街道、社区 之一（或 PROVINCE、CITY、DISTRICT、STREET、COMMUNITY），此处为 TOWN',
      },
      { row: 7, column: '编码', problem: 's1 与第3行重复' },
    ]);
  });

  it('should not call the children of a refused row orphans', () => {
    const { problems } = validate(
      ['s9', 'd1', 'STREET', '示范\u0000街道', '', '', ''],
      ['c9', 's9', '社区', '新社区', '城市社区', '', ''],
    );

    expect(problems).toEqual([
      {
        row: 2,
        column: '名称',
        cell: 'D2',
        problem: '含控制字符 U+0000；请去掉后重新输入该单元格（第 3 个字符）',
      },
    ]);
  });

  it('should refuse a level that skips one when the parent is a district', () => {
    expect(validate(['c9', 'd1', 'COMMUNITY', '跳级社区', 'URBAN', '', '']).problems).toEqual([
      { row: 2, column: '层级', problem: 'expected STREET for a node under a DISTRICT' },
    ]);
  });

  it('should name every id and parent id once for the lookup', () => {
    const sheet = read(['s1', 'd1', 'STREET', 'a'], ['c1', 's1', 'COMMUNITY', 'b']);
    expect(jurisdictionImportReferences(sheet.rows)).toEqual(['s1', 'd1', 'c1']);
  });
});
