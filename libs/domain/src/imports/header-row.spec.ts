import { findHeaderRow, headerKey } from './header-row';
import { TITLE_COLUMNS } from './title-import';
import { textCell, UploadRecord } from './upload-cell';

function records(...rows: string[][]): UploadRecord[] {
  return rows.map((cells, index) => ({ row: index + 1, cells: cells.map(textCell) }));
}

const HEADERS = ['社区编码', '称号', '年度', '证书编号'];

describe(headerKey.name, () => {
  it.each([
    ['*社区编码', '社区编码'],
    ['社区编码*', '社区编码'],
    ['＊社区编码（必填）', '社区编码'],
    ['证书\n编号', '证书编号'],
    [' Community_ID ', 'community_id'],
    ['有效期至(YYYY-MM-DD)', '有效期至'],
  ])('should read the header %j as %j', (raw, key) => {
    expect(headerKey(raw)).toBe(key);
  });
});

describe(findHeaderRow.name, () => {
  it('should find the header under a merged title row and a note row', () => {
    const found = findHeaderRow(
      records(
        Array(4).fill('2026年平安社区称号导入表'),
        ['填写说明：红色为必填'],
        [],
        ['序号', ...HEADERS],
        ['1', 'c-01', '平安社区', '2023', 'PA-1'],
      ),
      TITLE_COLUMNS,
    );

    expect(found).toEqual({
      header: { row: 4, positions: { communityId: 1, titleKind: 2, year: 3, certificateNumber: 4 } },
    });
  });

  it('should take the lower row of a two-row header whose upper row groups the columns', () => {
    const found = findHeaderRow(
      records(['基本信息', '', '称号信息', ''], ['社区编码', '称号', '年度', '证书编号']),
      TITLE_COLUMNS,
    );

    expect(found).toHaveProperty('header.row', 2);
  });

  it('should report missing columns on the row that names most of them', () => {
    const found = findHeaderRow(records(['标题'], ['社区编码', '称号', '年度']), TITLE_COLUMNS);

    expect(found).toEqual({
      problems: [
        {
          row: 2,
          column: '证书编号',
          problem: '缺少该列；表头（第2行）须有 证书编号（或 certificate_number / 证书号）',
        },
      ],
    });
  });

  it('should say which rows it searched and what they must hold when no row looks like a header', () => {
    const found = findHeaderRow(records(['ƽ������', '���'], ['c-01', 'x']), TITLE_COLUMNS);

    expect(found).toEqual({
      problems: [
        {
          row: 1,
          column: '社区编码',
          problem:
            '第1–2行中找不到表头：前 10 行中须有一行写明列名 社区编码 (community_id / 社区代码)、称号 (title_kind / 称号名称)、年度 (year)、证书编号 (certificate_number / 证书号)',
        },
      ],
    });
  });

  it('should not look past the tenth row', () => {
    const found = findHeaderRow(
      records(...Array.from({ length: 10 }, () => ['说明']), HEADERS),
      TITLE_COLUMNS,
    );

    expect(found).toHaveProperty('problems.0.problem', expect.stringMatching(/^第1–10行中找不到表头/));
  });

  it('should refuse a header naming one column twice', () => {
    const found = findHeaderRow(records([...HEADERS, 'year']), TITLE_COLUMNS);

    expect(found).toEqual({
      problems: [{ row: 1, column: '年度', problem: '表头中 年度 出现了多次 (C1、E1)；只保留一列' }],
    });
  });
});
