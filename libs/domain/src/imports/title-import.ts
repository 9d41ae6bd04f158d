import { duplicatesInFile, ImportRow, PartialImportRow } from './import-sheet';
import { ImportColumns } from './import-column';
import { RowProblem } from './header-row';
import { revocationDayProblem } from '../targets/title-validity';

/** Titles may be recorded from the founding year on; campaign years are limited to 2100. */
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

/** The columns of a titles file (earlier years' titles, 往年称号). */
export const TITLE_COLUMNS = {
  communityId: {
    header: '社区编码',
    aliases: ['community_id', '社区代码'],
    required: true,
    type: 'code',
    maxLength: 64,
    example: 'c-01',
    note: '社区（村）在本系统中的编码，须在您的管辖范围内',
  },
  titleKind: {
    header: '称号',
    aliases: ['title_kind', '称号名称'],
    required: true,
    type: 'text',
    maxLength: 100,
    example: '平安社区',
    note: '获得的称号，如 平安社区、文明社区',
  },
  year: {
    header: '年度',
    aliases: ['year'],
    required: true,
    type: 'integer',
    min: FIRST_YEAR,
    max: LAST_YEAR,
    unit: '年',
    example: 2023,
    note: `获得称号的年度，${FIRST_YEAR}–${LAST_YEAR} 的四位数字`,
  },
  certificateNumber: {
    header: '证书编号',
    aliases: ['certificate_number', '证书号'],
    required: true,
    type: 'code',
    maxLength: 100,
    example: 'PA-2023-0001',
    note: '证书编号，全系统唯一；本列为文本格式，长数字请勿改为数值格式（Excel 只保留 15 位）',
  },
  validUntil: {
    header: '有效期至',
    aliases: ['valid_until'],
    required: false,
    type: 'date',
    example: '2026-12-31',
    note: '称号有效期的最后一天；不早于获得年度；空表示长期有效',
  },
  revokedAt: {
    header: '摘牌日期',
    aliases: ['revoked_at'],
    required: false,
    type: 'date',
    example: null,
    note: '被摘牌的日期；未摘牌留空',
  },
} as const satisfies ImportColumns;

type TitleColumns = typeof TITLE_COLUMNS;

/** A title row that passed every check, ready to insert. */
export interface TitleImportRecord {
  row: number;
  communityId: string;
  communityPath: string;
  titleKind: string;
  year: number;
  certificateNumber: string;
  validUntil: string | null;
  revokedAt: string | null;
}

/** What the database knows about the file's references, looked up in bulk before validating. */
export interface TitleImportContext {
  /** Paths of the communities named in the file that exist, are communities and lie in the caller's scope. */
  communityPaths: Map<string, string>;
  /** Certificate numbers of the file that some title already holds. */
  takenCertificates: Set<string>;
  /** The latest 摘牌日期 a row may hold (latestRevocationDay): a revocation is a fact, not a plan. */
  today: string;
}

/** The community ids and certificate numbers to look up for a file. */
export function titleImportReferences(rows: ImportRow<TitleColumns>[]): {
  communityIds: string[];
  certificateNumbers: string[];
} {
  return {
    communityIds: [...new Set(rows.map((row) => row.values.communityId))],
    certificateNumbers: [...new Set(rows.map((row) => row.values.certificateNumber))],
  };
}

/**
 * Checks the rows against the registry and each other (community in scope, certificate unique in the
 * file and the registry, dates not before the year); records only when there is no problem at all.
 * `incomplete` rows (cells already refused) still count for uniqueness within the file.
 */
export function validateTitleRows(
  rows: ImportRow<TitleColumns>[],
  incomplete: PartialImportRow<TitleColumns>[],
  context: TitleImportContext,
): { records: TitleImportRecord[]; problems: RowProblem[] } {
  const problems = [
    ...rows.flatMap((row) => titleRowProblems(row, context)),
    ...duplicatesInFile(
      [...rows, ...incomplete],
      'certificateNumber',
      TITLE_COLUMNS.certificateNumber.header,
    ),
  ];
  if (problems.length > 0) return { records: [], problems };
  const records = rows.map(({ row, values }) => ({
    row,
    ...values,
    communityPath: context.communityPaths.get(values.communityId) ?? '',
  }));
  return { records, problems: [] };
}

function titleRowProblems(
  { row, values }: ImportRow<TitleColumns>,
  context: TitleImportContext,
): RowProblem[] {
  const problems: RowProblem[] = [];
  const problem = (column: keyof TitleColumns, text: string) =>
    problems.push({ row, column: TITLE_COLUMNS[column].header, problem: text });
  if (!context.communityPaths.has(values.communityId)) {
    problem('communityId', `您的管辖范围内没有社区 ${values.communityId}`);
  }
  if (context.takenCertificates.has(values.certificateNumber)) {
    problem('certificateNumber', `${values.certificateNumber} 已登记在另一个称号上`);
  }
  for (const column of ['validUntil', 'revokedAt'] as const) {
    const value = values[column];
    // 'YYYY-MM-DD' strings sort in date order.
    if (value !== null && value < `${values.year}-01-01`) {
      problem(column, `${value} 早于称号的年度 ${values.year}`);
    }
  }
  if (values.revokedAt !== null && values.revokedAt > context.today) {
    problem('revokedAt', revocationDayProblem(values.revokedAt, values.year, context.today) ?? '');
  }
  return problems;
}
