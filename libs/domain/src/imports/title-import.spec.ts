import { DomainErrorCode } from '../errors/domain-error';
import { importRejected, readImportRows } from './import-sheet';
import { TITLE_COLUMNS, titleImportReferences, validateTitleRows } from './title-import';
import { textCell } from './upload-cell';

const HEADERS = ['社区编码', '称号', '年度', '证书编号', '有效期至', '摘牌日期'];

function read(headers: string[], ...rows: string[][]) {
  const records = [headers, ...rows].map((cells, index) => ({ row: index + 1, cells: cells.map(textCell) }));
  return readImportRows(records, TITLE_COLUMNS);
}

const context = {
  communityPaths: new Map([
    ['c-01', '/p/s/c-01/'],
    ['c-02', '/p/s/c-02/'],
  ]),
  takenCertificates: new Set(['PA-2020-TAKEN']),
  today: '2026-11-30',
};

describe(validateTitleRows.name, () => {
  it('should return every record with its path when each row is valid', () => {
    const sheet = read(
      HEADERS,
      ['c-01', '平安社区', '2021', 'PA-2021-01', '2024/12/31', ''],
      ['c-02', '平安社区', '2022年', 'PA-2022-02', '', '2023年6月30日'],
    );

    expect(sheet.problems).toEqual([]);
    expect(validateTitleRows(sheet.rows, sheet.incomplete, context)).toEqual({
      problems: [],
      records: [
        {
          row: 2,
          communityId: 'c-01',
          communityPath: '/p/s/c-01/',
          titleKind: '平安社区',
          year: 2021,
          certificateNumber: 'PA-2021-01',
          validUntil: '2024-12-31',
          revokedAt: null,
        },
        {
          row: 3,
          communityId: 'c-02',
          communityPath: '/p/s/c-02/',
          titleKind: '平安社区',
          year: 2022,
          certificateNumber: 'PA-2022-02',
          validUntil: null,
          revokedAt: '2023-06-30',
        },
      ],
    });
  });

  it('should list every bad cell with row and column, and return no record, when several rows are bad', () => {
    const sheet = read(
      HEADERS,
      ['c-01', '平安社区', '2021', 'PA-1', '', ''],
      ['c-99', '平安社区', '2021', 'PA-2020-TAKEN', '', ''],
      ['c-02', '', '21', 'PA-1', '2024-02-30', ''],
      ['c-02', '平安社区', '2022', 'PA-3', '', '2021-12-31'],
    );

    const result = validateTitleRows(sheet.rows, sheet.incomplete, context);

    expect(result.records).toEqual([]);
    expect([...sheet.problems, ...result.problems].sort((a, b) => a.row - b.row)).toEqual([
      { row: 3, column: '社区编码', problem: '您的管辖范围内没有社区 c-99' },
      { row: 3, column: '证书编号', problem: 'PA-2020-TAKEN 已登记在另一个称号上' },
      {
        row: 4,
        column: '称号',
        cell: 'B4',
        problem: '为空；应填：不超过 100 个字的文字，如 平安社区',
      },
      {
        row: 4,
        column: '年度',
        cell: 'C4',
        problem: '应填：1949 到 2100 之间的整数，如 2023，此处为 21',
      },
      {
        row: 4,
        column: '有效期至',
        cell: 'E4',
        problem: expect.stringMatching(/^2024-02-30 不是日历上存在的日期；应填：日期，如/),
      },
      { row: 4, column: '证书编号', problem: 'PA-1 与第2行重复' },
      { row: 5, column: '摘牌日期', problem: '2021-12-31 早于称号的年度 2022' },
    ]);
  });

  it('should refuse a 摘牌日期 after today, naming the allowed range', () => {
    const sheet = read(
      HEADERS,
      ['c-01', '平安社区', '2021', 'PA-1', '', '2026-11-30'],
      ['c-02', '平安社区', '2022', 'PA-2', '', '2099-01-01'],
    );

    expect(validateTitleRows(sheet.rows, sheet.incomplete, context).problems).toEqual([
      {
        row: 3,
        column: '摘牌日期',
        problem: '摘牌日期须在 2022-01-01（称号年度开始）至 2026-11-30（今天）之间；收到 2099-01-01',
      },
    ]);
  });

  it('should accept English headers and skip blank lines when the file was written by another system', () => {
    const sheet = read(
      [' Community_ID ', 'title_kind', 'YEAR', 'certificate_number'],
      ['c-01', '文明社区', '2019', 'WM-1'],
      ['', '', '', ''],
    );

    expect(sheet.problems).toEqual([]);
    expect(validateTitleRows(sheet.rows, sheet.incomplete, context).records).toHaveLength(1);
  });

  it('should report each missing required column on the header row', () => {
    expect(read(['社区编码', '称号'], ['c-01', '平安社区']).problems).toEqual([
      {
        row: 1,
        column: '年度',
        problem: '缺少该列；表头（第1行）须有 年度（或 year）',
      },
      {
        row: 1,
        column: '证书编号',
        problem: '缺少该列；表头（第1行）须有 证书编号（或 certificate_number / 证书号）',
      },
    ]);
  });

  it('should name the distinct community ids and certificates to look up', () => {
    const sheet = read(
      HEADERS,
      ['c-01', '平安社区', '2021', 'A'],
      ['c-01', '平安社区', '2022', 'B'],
      ['', '', '', ''],
    );

    expect(titleImportReferences(sheet.rows)).toEqual({
      communityIds: ['c-01'],
      certificateNumbers: ['A', 'B'],
    });
  });
});

describe(importRejected.name, () => {
  it('should name every problem by row, column letter and header, in row order, when the upload is refused', () => {
    const error = importRejected(
      [
        { row: 5, column: '年度', cell: 'C5', problem: 'bad year' },
        { row: 2, column: '证书编号', problem: 'PA-1 与第1行重复' },
        { row: 1, column: '摘牌日期', problem: 'missing column' },
      ],
      'titles',
      { columnLetters: { 年度: 'C', 证书编号: 'D' } },
    );

    expect(error.code).toBe(DomainErrorCode.VALIDATION_FAILED);
    expect(error.message).toBe(
      'The titles file has 3 problem(s); nothing was imported. Fix each listed cell and upload it again.',
    );
    expect(error.details).toEqual({
      problems: [
        { field: '第1行 (摘牌日期)', message: 'missing column' },
        { field: '第2行 D列 (证书编号)', message: 'PA-1 与第1行重复' },
        { field: '第5行 C列 (年度)', message: 'bad year' },
      ],
      rows: [
        { row: 1, column: '摘牌日期', problem: 'missing column' },
        { row: 2, column: '证书编号', cell: 'D2', problem: 'PA-1 与第1行重复' },
        { row: 5, column: '年度', cell: 'C5', problem: 'bad year' },
      ],
    });
  });
});
