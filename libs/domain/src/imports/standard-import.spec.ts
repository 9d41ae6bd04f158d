import { readImportRows } from './import-sheet';
import { STANDARD_COLUMNS } from './standard-columns';
import { evidenceEntries, readStandardRows, standardSheet } from './standard-import';
import { textCell, UploadRecord } from './upload-cell';

const HEADERS = ['类别', '指标编码', '指标内容', '分值', '计分步长', '适用社区', '一票否决', '佐证材料'];

function records(...rows: string[][]): UploadRecord[] {
  return rows.map((cells, index) => ({ row: index + 1, cells: cells.map(textCell) }));
}

function read(...rows: string[][]) {
  return readStandardRows(readImportRows(records(...rows), STANDARD_COLUMNS));
}

describe(readStandardRows.name, () => {
  it('should group items under their categories and continue a category down empty 类别 cells', () => {
    const reading = read(
      ['平安社区创建标准（2026）'],
      HEADERS,
      ['组织领导', 'A-01', '成立领导小组', '５', '0.5', '', '', '成立文件；会议记录'],
      ['', 'A-02', '制定工作方案', '5', '', '城市', '否', ''],
      ['安全稳定', 'B-01', '发生重大刑事案件', '0', '', '通用', '是', '情况说明\n公安通报'],
      ['', 'B-02', '矛盾纠纷化解', '10', '1', '农村社区', '', ''],
      ['', 'B-03', '农村治安联防', '10', '1', '城市社区', '', ''],
    );

    expect(reading.problems).toEqual([]);
    expect(reading.categories.map((c) => [c.code, c.title, c.items.map((i) => i.code)])).toEqual([
      ['A', '组织领导', ['A-01', 'A-02']],
      ['B', '安全稳定', ['B-01', 'B-02', 'B-03']],
    ]);
    expect(reading.categories[0].items[0]).toEqual({
      code: 'A-01',
      title: '成立领导小组',
      maxScore: 5,
      scoreStep: 0.5,
      appliesTo: 'BOTH',
      evidence: ['成立文件', '会议记录'],
      veto: false,
    });
    expect(reading.categories[1].items[0]).toMatchObject({ maxScore: 0, veto: true, scoreStep: 1 });
    expect(reading.categories[1].items[0].evidence).toEqual(['情况说明', '公安通报']);
    expect(reading.categories[0].items[1].appliesTo).toBe('URBAN');
  });

  it('should put the standard rules back on the row and column they concern when items break them', () => {
    const reading = read(
      HEADERS,
      ['组织领导', 'A-01', '成立领导小组', '5', '2', '', '', ''],
      ['', 'A-01', '制定工作方案', '0', '', '', '', ''],
    );

    expect(reading.problems).toEqual([
      expect.objectContaining({ row: 2, column: '计分步长', problem: expect.stringContaining('multiple') }),
      expect.objectContaining({
        row: 3,
        column: '指标编码',
        problem: expect.stringContaining('already used'),
      }),
      expect.objectContaining({ row: 3, column: '分值', problem: expect.stringContaining('above 0') }),
    ]);
  });

  it('should refuse a first item without a category and keep reading the cells of every row', () => {
    const reading = read(
      HEADERS,
      ['', 'A-01', '成立领导小组', '5', '', '', '', ''],
      ['组织领导', 'A-02', '', 'five', '', '郊区', '', ''],
    );

    expect(reading.problems.map((p) => [p.row, p.column])).toEqual(
      expect.arrayContaining([
        [2, '类别'],
        [3, '指标内容'],
        [3, '分值'],
        [3, '适用社区'],
      ]),
    );
    expect(reading.problems.find((p) => p.column === '分值')?.cell).toBe('D3');
  });

  it('should refuse a header without the 类别 column and a sheet without items', () => {
    expect(read(HEADERS.slice(1), ['A-01', 'x', '5']).problems[0].column).toBe('类别');
    expect(read(HEADERS).problems).toEqual([
      expect.objectContaining({ row: 1, problem: 'the sheet has no items below its header' }),
    ]);
  });
});

describe(standardSheet.name, () => {
  it('should write a sheet that reads back to the same categories', () => {
    const { categories } = read(
      HEADERS,
      ['组织领导', 'A-01', '成立领导小组', '5', '0.5', '城市社区', '', '成立文件；会议记录'],
      ['安全稳定', 'B-01', '发生重大刑事案件', '0', '', '', '是', ''],
      ['', 'B-02', '矛盾纠纷化解', '10', '1', '', '', ''],
    );
    const sheet = standardSheet(categories, '平安社区 v1');
    const back = read(sheet.headers, ...sheet.rows.map((row) => row.map((cell) => String(cell ?? ''))));

    expect(back).toEqual({ categories, problems: [] });
  });
});

describe(evidenceEntries.name, () => {
  it('should split on line breaks when there are any, else on semicolons, and drop empty entries', () => {
    expect(evidenceEntries('甲; 乙；丙;')).toEqual(['甲', '乙', '丙']);
    expect(evidenceEntries('会议记录；签到表\n\n文件\n')).toEqual(['会议记录；签到表', '文件']);
    expect(evidenceEntries(null)).toEqual([]);
  });
});
