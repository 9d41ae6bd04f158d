import { DomainError, Problem } from '../errors/domain-error';

/** One data row of an uploaded sheet: its row number as a spreadsheet shows it, and its cells as text. */
export interface SheetRow {
  /** 1 is the header row, so the first data row is 2 (the same in CSV and XLSX). */
  row: number;
  cells: string[];
}

/** What is wrong with one cell of an upload: the spreadsheet row, the column header, the problem. */
export interface RowProblem {
  row: number;
  column: string;
  problem: string;
}

/** A column an import reads: its Chinese header (used in every message) and the other headers accepted. */
export interface ImportColumn<K extends string> {
  key: K;
  header: string;
  aliases: string[];
  required: boolean;
}

/** A data row with its cells by column key; blank and missing cells are ''. */
export interface KeyedRow<K extends string> {
  row: number;
  values: Record<K, string>;
}

/** The header row a problem with a missing column is reported on. */
const HEADER_ROW = 1;

/**
 * Matches the header row to the import's columns (Chinese header or any alias, case and surrounding
 * spaces ignored) and keys every data row by column; reports each required column that is missing.
 */
export function keyRows<K extends string>(
  headers: string[],
  rows: SheetRow[],
  columns: ImportColumn<K>[],
): { rows: KeyedRow<K>[]; problems: RowProblem[] } {
  const normalised = headers.map(normaliseHeader);
  const positions = columns.map((column) => {
    const names = [column.header, ...column.aliases].map(normaliseHeader);
    return { column, index: normalised.findIndex((header) => names.includes(header)) };
  });
  const problems = positions
    .filter(({ column, index }) => column.required && index < 0)
    .map(({ column }) => ({
      row: HEADER_ROW,
      column: column.header,
      problem: `missing column; the header row must have ${column.header} (or ${column.aliases.join(' / ')})`,
    }));
  const keyed = rows
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''))
    .map((row) => {
      const values = {} as Record<K, string>;
      for (const { column, index } of positions) values[column.key] = (row.cells[index] ?? '').trim();
      return { row: row.row, values };
    });
  return { rows: keyed, problems };
}

function normaliseHeader(header: string): string {
  return header.trim().toLowerCase();
}

/**
 * The error for a rejected upload: 422 VALIDATION_FAILED listing every bad cell twice over —
 * `rows` as {row, column, problem} for an import screen, `problems` as the API's usual {field, message}.
 */
export function importRejected(problems: RowProblem[], what: string): DomainError {
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  const asProblems: Problem[] = sorted.map((problem) => ({
    field: `row ${problem.row}, column ${problem.column}`,
    message: problem.problem,
  }));
  const error = DomainError.validation(
    asProblems,
    `The ${what} file has ${sorted.length} problem(s); nothing was imported. Fix each listed cell and upload it again.`,
  );
  error.details.rows = sorted;
  return error;
}

/** The ids must be unique within the file; each repeat is reported on its own row. */
export function duplicatesInFile<K extends string>(
  rows: KeyedRow<K>[],
  key: K,
  header: string,
): RowProblem[] {
  const firstSeen = new Map<string, number>();
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const value = row.values[key];
    if (value === '') continue;
    const first = firstSeen.get(value);
    if (first === undefined) firstSeen.set(value, row.row);
    else problems.push({ row: row.row, column: header, problem: `${value} is already on row ${first}` });
  }
  return problems;
}
