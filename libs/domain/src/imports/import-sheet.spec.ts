import { readImportRows } from './import-sheet';
import { TITLE_COLUMNS } from './title-import';
import { textCell, UploadCell, UploadRecord } from './upload-cell';

const HEADERS = ['社区编码', '称号', '年度', '证书编号', '有效期至', '摘牌日期'];

function records(...rows: (string | UploadCell)[][]): UploadRecord[] {
  return rows.map((cells, index) => ({
    row: index + 1,
    cells: cells.map((cell) => (typeof cell === 'string' ? textCell(cell) : cell)),
  }));
}

describe(readImportRows.name, () => {
  it('should number rows as the spreadsheet does, below a title row, and skip blank rows', () => {
    const sheet = readImportRows(
      records(['2026年平安社区称号导入表'], HEADERS, [], ['c-09', '平安社区', '2023', 'PA-9'], ['', ' ']),
      TITLE_COLUMNS,
    );

    expect(sheet).toEqual({
      headerRow: 2,
      columnLetters: { 社区编码: 'A', 称号: 'B', 年度: 'C', 证书编号: 'D', 有效期至: 'E', 摘牌日期: 'F' },
      incomplete: [],
      problems: [],
      rows: [
        {
          row: 4,
          values: {
            communityId: 'c-09',
            titleKind: '平安社区',
            year: 2023,
            certificateNumber: 'PA-9',
            validUntil: null,
            revokedAt: null,
          },
        },
      ],
    });
  });

  it('should read full-width cells as their half-width forms', () => {
    const sheet = readImportRows(
      records(HEADERS, ['c-０９', '平安社区', '２０２３', 'ＰＡ-９']),
      TITLE_COLUMNS,
    );

    expect(sheet.rows[0].values).toMatchObject({
      communityId: 'c-09',
      year: 2023,
      certificateNumber: 'PA-9',
    });
  });

  it("should skip the template's sample row left as it is, and read it once it is changed", () => {
    const sample = [
      'c-01',
      '平安社区',
      { type: 'number', value: 2023 },
      'PA-2023-0001',
      { type: 'date', date: '2026-12-31' },
    ] as const;
    const left = readImportRows(
      records(['标题'], ['说明'], HEADERS, [...sample], ['c-02', '文明社区', '2024', 'W-2']),
      TITLE_COLUMNS,
    );
    const changed = readImportRows(
      records(HEADERS, ['c-01', '平安社区', '2023', 'PA-2023-0002', '2026-12-31']),
      TITLE_COLUMNS,
    );

    expect(left.rows.map((row) => row.row)).toEqual([5]);
    expect(changed.rows.map((row) => row.row)).toEqual([2]);
  });

  it('should name each bad cell by address and keep what it could read of the row', () => {
    const sheet = readImportRows(
      records(['title'], HEADERS, [
        'c-01',
        '平安社区',
        { type: 'number', value: 2023 },
        { type: 'number', value: Number('123456789012345678') },
      ]),
      TITLE_COLUMNS,
    );

    expect(sheet.rows).toEqual([]);
    expect(sheet.incomplete).toEqual([
      {
        row: 3,
        values: { communityId: 'c-01', titleKind: '平安社区', year: 2023, validUntil: null, revokedAt: null },
      },
    ]);
    expect(sheet.problems).toEqual([
      {
        row: 3,
        column: '证书编号',
        cell: 'D3',
        problem: expect.stringMatching(/^数字 123456789012345680 超过 Excel 能保存的/),
      },
    ]);
  });

  it('should return only the header problem when there is no header', () => {
    const sheet = readImportRows(records(['a', 'b'], ['c', 'd']), TITLE_COLUMNS);

    expect(sheet).toMatchObject({ headerRow: 0, rows: [], incomplete: [] });
    expect(sheet.problems).toHaveLength(1);
  });
});
