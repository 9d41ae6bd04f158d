import { keyRows, SheetRow } from './import-sheet';
import {
  JURISDICTION_COLUMNS,
  jurisdictionImportReferences,
  validateJurisdictionRows,
} from './jurisdiction-import';

const HEADERS = ['id', 'parent_id', 'level', 'name', 'kind', 'eligible', 'ineligible_reason'];

function rowsOf(...rows: string[][]) {
  const sheet: SheetRow[] = rows.map((cells, index) => ({ row: index + 2, cells }));
  return keyRows(HEADERS, sheet, JURISDICTION_COLUMNS).rows;
}

const context = { existing: new Map([['d1', { level: 'DISTRICT' as const, path: '/p/c/d1/' }]]) };

describe(validateJurisdictionRows.name, () => {
  it('should compute every path from parents in the database or earlier in the file', () => {
    const rows = rowsOf(
      ['s1', 'd1', 'STREET', '示范街道', '', '', ''],
      ['c1', 's1', '社区', '幸福社区', '城市社区', '是', ''],
      ['c2', 's1', 'COMMUNITY', '和平村', 'RURAL', '否', '组织尚未建立'],
    );

    const { records, problems } = validateJurisdictionRows(rows, context);

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
    ]);
  });

  it('should list every problem by row and column and return nothing when the tree is wrong', () => {
    const rows = rowsOf(
      ['c1', 's1', 'COMMUNITY', '幸福社区', 'URBAN', '', ''],
      ['s1', 'd1', 'STREET', '示范街道', '', '', ''],
      ['d1', 'p', 'DISTRICT', '城南区', '', '', ''],
      ['c2', 's1', 'COMMUNITY', '', '', 'maybe', ''],
      ['c3', 'd1', 'TOWN', '村', '', '', ''],
      ['s1', 'd1', 'STREET', '重复', '', '', ''],
    );

    const { records, problems } = validateJurisdictionRows(rows, context);

    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        row: 2,
        column: '上级编码',
        problem: 'no jurisdiction s1; it must exist already or be on an earlier row',
      },
      { row: 4, column: '编码', problem: 'd1 already exists' },
      {
        row: 4,
        column: '上级编码',
        problem: 'no jurisdiction p; it must exist already or be on an earlier row',
      },
      { row: 5, column: '是否符合条件', problem: 'expected 是 or 否 (true / false); got maybe' },
      { row: 5, column: '名称', problem: 'expected a name, e.g. 示范街道' },
      { row: 5, column: '类型', problem: 'expected URBAN or RURAL for a COMMUNITY' },
      {
        row: 6,
        column: '层级',
        problem:
          'expected one of PROVINCE, CITY, DISTRICT, STREET, COMMUNITY (or 省, 市, 区县, 街道, 社区); got TOWN',
      },
      { row: 7, column: '编码', problem: 's1 is already on row 3' },
    ]);
  });

  it('should refuse a level that skips one when the parent is a district', () => {
    const { problems } = validateJurisdictionRows(
      rowsOf(['c9', 'd1', 'COMMUNITY', '跳级社区', 'URBAN', '', '']),
      context,
    );

    expect(problems).toEqual([
      { row: 2, column: '层级', problem: 'expected STREET for a node under a DISTRICT' },
    ]);
  });

  it('should name every id and parent id once for the lookup', () => {
    expect(
      jurisdictionImportReferences(rowsOf(['s1', 'd1', 'STREET', 'a'], ['c1', 's1', 'COMMUNITY', 'b'])),
    ).toEqual(['s1', 'd1', 'c1']);
  });
});
