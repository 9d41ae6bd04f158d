import { DomainError, Problem } from '../errors/domain-error';
import { readCell } from './cell-value';
import { findHeaderRow, RowProblem } from './header-row';
import { columnExpectation, ImportColumn, ImportColumns, RowValues } from './import-column';
import { cellDisplay, columnLetter, UploadRecord } from './upload-cell';
import { normaliseCellText } from './cell-text';
import { cellReference, ColumnLetters, locateProblem } from './cell-reference';

/** A data row whose every cell was read for its column. */
export interface ImportRow<Cs extends ImportColumns> {
  /** As the spreadsheet numbers it (the header row counts, and so do title rows above it). */
  row: number;
  values: RowValues<Cs>;
}

/** A data row with at least one unreadable cell: the cells that were read, for checks across the file. */
export interface PartialImportRow<Cs extends ImportColumns> {
  row: number;
  values: Partial<RowValues<Cs>>;
}

/** A sheet read for an import: complete rows, rows with bad cells, and every problem found so far. */
export interface ImportRows<Cs extends ImportColumns> {
  headerRow: number;
  /** Where each column the file has sits (类别 → A), so every problem can name its cell. */
  columnLetters: ColumnLetters;
  rows: ImportRow<Cs>[];
  incomplete: PartialImportRow<Cs>[];
  problems: RowProblem[];
}

/**
 * Reads a sheet for an import: finds the header (a title row or notes may sit above it), then reads
 * every cell of every data row for its column (see cell-value.ts). Blank rows are skipped, and so is the
 * template's sample row when it is left as the template has it. No header: only that problem and no rows.
 */
export function readImportRows<Cs extends ImportColumns>(
  records: UploadRecord[],
  columns: Cs,
): ImportRows<Cs> {
  const found = findHeaderRow(records, columns);
  if ('problems' in found) {
    return { headerRow: 0, columnLetters: {}, rows: [], incomplete: [], problems: found.problems };
  }
  const { row: headerRow, positions } = found.header;
  const entries = Object.entries(columns) as [keyof Cs & string, ImportColumn][];
  const columnLetters = Object.fromEntries(
    entries.flatMap(([key, column]) => {
      const index = positions[key];
      return index === undefined ? [] : [[column.header, columnLetter(index + 1)]];
    }),
  );
  const result: ImportRows<Cs> = { headerRow, columnLetters, rows: [], incomplete: [], problems: [] };
  for (const record of records.filter((r) => r.row > headerRow)) {
    if (record.cells.every((cell) => cellDisplay(cell).trim() === '')) continue;
    if (record.row === headerRow + 1 && isTemplateSample(record, entries, positions)) continue;
    const values: Partial<Record<keyof Cs, unknown>> = {};
    const problems: RowProblem[] = [];
    for (const [key, column] of entries) {
      const index = positions[key];
      const reading = readCell(index === undefined ? null : (record.cells[index] ?? null), column);
      const cell = index === undefined ? undefined : `${columnLetter(index + 1)}${record.row}`;
      if ('problem' in reading)
        problems.push({ row: record.row, column: column.header, cell, problem: reading.problem });
      else if ('empty' in reading) {
        if (column.required) {
          problems.push({
            row: record.row,
            column: column.header,
            cell,
            problem: `为空；应填：${columnExpectation(column)}`,
          });
        } else values[key] = null;
      } else values[key] = reading.value;
    }
    if (problems.length === 0) result.rows.push({ row: record.row, values: values as RowValues<Cs> });
    else result.incomplete.push({ row: record.row, values: values as Partial<RowValues<Cs>> });
    result.problems.push(...problems);
  }
  return result;
}

/** The text a template's sample row holds in a column (how exampleCell writes it, read back). */
export function exampleText(column: ImportColumn): string {
  if (column.example === null) return '';
  if (typeof column.example === 'boolean') return column.example ? '是' : '否';
  return String(column.example);
}

function isTemplateSample<Cs extends ImportColumns>(
  record: UploadRecord,
  entries: [keyof Cs & string, ImportColumn][],
  positions: Partial<Record<keyof Cs, number>>,
): boolean {
  return entries.every(([key, column]) => {
    const index = positions[key];
    const text = index === undefined ? '' : normaliseCellText(cellDisplay(record.cells[index] ?? null));
    return text === exampleText(column);
  });
}

/**
 * The error for a rejected upload: 422 VALIDATION_FAILED listing every bad cell twice over —
 * `rows` as {row, column, cell, problem} for an import screen, `problems` as the API's usual {field, message}
 * with the field naming the cell as a clerk finds it (第5行 B列 (编码)). Every problem is located on the
 * sheet's columns here, whichever check found it.
 */
export function importRejected(
  problems: RowProblem[],
  what: string,
  sheet: { columnLetters: ColumnLetters },
): DomainError {
  const sorted = problems
    .map((problem) => locateProblem(problem, sheet.columnLetters))
    .sort((a, b) => a.row - b.row);
  const asProblems: Problem[] = sorted.map((problem) => ({
    field: cellReference(problem),
    message: problem.problem,
  }));
  const error = DomainError.validation(
    asProblems,
    `The ${what} file has ${sorted.length} problem(s); nothing was imported. Fix each listed cell and upload it again.`,
  );
  error.details.rows = sorted;
  return error;
}

/** The values must be unique within the file; each repeat is reported on its own row. */
export function duplicatesInFile<Cs extends ImportColumns, K extends keyof Cs & string>(
  rows: { row: number; values: Partial<RowValues<Cs>> }[],
  key: K,
  header: string,
): RowProblem[] {
  const firstSeen = new Map<unknown, number>();
  const problems: RowProblem[] = [];
  for (const row of [...rows].sort((a, b) => a.row - b.row)) {
    const value = row.values[key];
    if (value === null || value === undefined) continue;
    const first = firstSeen.get(value);
    if (first === undefined) firstSeen.set(value, row.row);
    else problems.push({ row: row.row, column: header, problem: `${String(value)} 与第${first}行重复` });
  }
  return problems;
}
