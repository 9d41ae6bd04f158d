import { STANDARD_LIMITS } from '../standard/standard-limits';
import { readImportRows } from './import-sheet';
import { STANDARD_COLUMNS } from './standard-columns';
import { evidenceCell, evidenceEntries, readStandardRows, standardSheet } from './standard-import';
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
        problem: '指标编码 A-01 与第2行重复；指标编码在整个标准内须唯一',
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
      expect.objectContaining({ row: 1, problem: '表头下面没有任何指标' }),
    ]);
  });
});

describe(`${readStandardRows.name} at POST /standards' limits`, () => {
  const item = (category: string, n: number) => [
    category,
    `${category}-${n}`,
    `指标${n}`,
    '1',
    '',
    '',
    '',
    '',
  ];

  it('should refuse the first row past the items a category may hold, naming that row, and read no further', () => {
    const limit = STANDARD_LIMITS.itemsPerCategory;
    const rows = Array.from({ length: limit + 50 }, (_, n) => item('A', n + 1));
    const reading = read(HEADERS, ...rows);

    const firstPast = limit + 2; // the header is row 1
    expect(reading.problems).toEqual([
      expect.objectContaining({
        row: firstPast,
        column: '指标编码',
        problem: expect.stringContaining(`第${firstPast}行`),
      }),
    ]);
    expect(reading.problems[0].problem).toContain(`最多 ${limit} 项指标`);
    expect(reading.categories[0].items).toHaveLength(limit);
    expect(read(HEADERS, ...rows.slice(0, limit)).problems).toEqual([]);
  });

  it('should refuse the first row of a category past the categories a standard may hold', () => {
    const limit = STANDARD_LIMITS.categories;
    const rows = Array.from({ length: limit + 3 }, (_, n) => item(`C${n + 1}`, 1));
    const reading = read(HEADERS, ...rows);

    expect(reading.problems).toEqual([
      expect.objectContaining({
        row: limit + 2,
        column: '类别',
        problem: expect.stringContaining(`第${limit + 2}行`),
      }),
    ]);
    expect(reading.categories).toHaveLength(limit);
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

  it('should write evidence holding a semicolon so it reads back as one entry', () => {
    const categories = [
      {
        code: 'A',
        title: '组织领导',
        items: [
          {
            code: 'A-01',
            title: '甲',
            maxScore: 5,
            scoreStep: 1,
            appliesTo: 'BOTH' as const,
            evidence: ['站点照片；活动记录'],
            veto: false,
          },
          {
            code: 'A-02',
            title: '乙',
            maxScore: 5,
            scoreStep: 1,
            appliesTo: 'BOTH' as const,
            evidence: ['记录;签到', '文件'],
            veto: false,
          },
          {
            code: 'A-03',
            title: '丙',
            maxScore: 5,
            scoreStep: 1,
            appliesTo: 'BOTH' as const,
            evidence: ['照片'],
            veto: false,
          },
        ],
      },
    ];
    const sheet = standardSheet(categories, 'x');
    const back = read(sheet.headers, ...sheet.rows.map((row) => row.map((cell) => String(cell ?? ''))));

    expect(back).toEqual({ categories, problems: [] });
    expect(evidenceCell(['照片'])).toBe('照片');
  });
});

describe(evidenceEntries.name, () => {
  it('should split on line breaks when there are any, else on semicolons, and drop empty entries', () => {
    expect(evidenceEntries('甲; 乙；丙;')).toEqual(['甲', '乙', '丙']);
    expect(evidenceEntries('会议记录；签到表\n\n文件\n')).toEqual(['会议记录；签到表', '文件']);
    expect(evidenceEntries(null)).toEqual([]);
  });
});
