import { isIsoDate } from '../targets/title-validity';
import { duplicatesInFile, ImportColumn, KeyedRow, RowProblem } from './import-sheet';

type TitleColumn = 'communityId' | 'titleKind' | 'year' | 'certificateNumber' | 'validUntil' | 'revokedAt';

/** The columns of a titles file (earlier years' titles, 往年称号). */
export const TITLE_COLUMNS: ImportColumn<TitleColumn>[] = [
  { key: 'communityId', header: '社区编码', aliases: ['community_id'], required: true },
  { key: 'titleKind', header: '称号', aliases: ['title_kind'], required: true },
  { key: 'year', header: '年度', aliases: ['year'], required: true },
  { key: 'certificateNumber', header: '证书编号', aliases: ['certificate_number'], required: true },
  { key: 'validUntil', header: '有效期至', aliases: ['valid_until'], required: false },
  { key: 'revokedAt', header: '摘牌日期', aliases: ['revoked_at'], required: false },
];

const HEADER = Object.fromEntries(TITLE_COLUMNS.map((column) => [column.key, column.header])) as Record<
  TitleColumn,
  string
>;

/** Titles may be recorded from the founding year on; campaign years are limited to 2100. */
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;
const MAX_TEXT = 100;

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
}

/** The community ids and certificate numbers to look up for a file. */
export function titleImportReferences(rows: KeyedRow<TitleColumn>[]): {
  communityIds: string[];
  certificateNumbers: string[];
} {
  const distinct = (key: TitleColumn) => [...new Set(rows.map((row) => row.values[key]).filter(Boolean))];
  return { communityIds: distinct('communityId'), certificateNumbers: distinct('certificateNumber') };
}

/** Checks every row (nothing stops at the first problem); records only when there is no problem at all. */
export function validateTitleRows(
  rows: KeyedRow<TitleColumn>[],
  context: TitleImportContext,
): { records: TitleImportRecord[]; problems: RowProblem[] } {
  const problems = [
    ...rows.flatMap((row) => titleRowProblems(row, context)),
    ...duplicatesInFile(rows, 'certificateNumber', HEADER.certificateNumber),
  ];
  if (problems.length > 0) return { records: [], problems };
  const records = rows.map(({ row, values }) => ({
    row,
    communityId: values.communityId,
    communityPath: context.communityPaths.get(values.communityId) ?? '',
    titleKind: values.titleKind,
    year: Number(values.year),
    certificateNumber: values.certificateNumber,
    validUntil: values.validUntil || null,
    revokedAt: values.revokedAt || null,
  }));
  return { records, problems: [] };
}

function titleRowProblems({ row, values }: KeyedRow<TitleColumn>, context: TitleImportContext): RowProblem[] {
  const problem = (column: TitleColumn, text: string): RowProblem => ({
    row,
    column: HEADER[column],
    problem: text,
  });
  const problems: RowProblem[] = [];
  if (values.communityId === '') problems.push(problem('communityId', 'expected a community id, e.g. c-01'));
  else if (!context.communityPaths.has(values.communityId)) {
    problems.push(problem('communityId', `no community ${values.communityId} in your scope`));
  }
  if (values.titleKind === '') problems.push(problem('titleKind', 'expected the title, e.g. 平安社区'));
  else if (values.titleKind.length > MAX_TEXT)
    problems.push(problem('titleKind', `at most ${MAX_TEXT} characters`));
  const year = yearOf(values.year);
  if (year === null) {
    problems.push(problem('year', `expected a year from ${FIRST_YEAR} to ${LAST_YEAR}, e.g. 2023`));
  }
  problems.push(...certificateProblems(values.certificateNumber, context, problem));
  problems.push(...dateProblems(values, year, problem));
  return problems;
}

function certificateProblems(
  certificate: string,
  context: TitleImportContext,
  problem: (column: TitleColumn, text: string) => RowProblem,
): RowProblem[] {
  if (certificate === '') return [problem('certificateNumber', 'expected the certificate number')];
  if (certificate.length > MAX_TEXT) return [problem('certificateNumber', `at most ${MAX_TEXT} characters`)];
  if (context.takenCertificates.has(certificate)) {
    return [problem('certificateNumber', `${certificate} is already recorded for another title`)];
  }
  return [];
}

function dateProblems(
  values: Record<TitleColumn, string>,
  year: number | null,
  problem: (column: TitleColumn, text: string) => RowProblem,
): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const column of ['validUntil', 'revokedAt'] as const) {
    const value = values[column];
    if (value === '') continue;
    if (!isIsoDate(value)) {
      problems.push(problem(column, `expected a date like 2025-12-31, or leave it empty; got ${value}`));
    } else if (year !== null && value < `${year}-01-01`) {
      problems.push(problem(column, `must not be before the title's year ${year}`));
    }
  }
  return problems;
}

function yearOf(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}
