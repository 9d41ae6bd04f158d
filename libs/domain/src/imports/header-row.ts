import { normaliseCellText } from './cell-text';
import { ImportColumn, ImportColumns } from './import-column';
import { cellDisplay, columnLetter, UploadRecord } from './upload-cell';

/** What is wrong with one cell of an upload: the spreadsheet row, the column header, the problem. */
export interface RowProblem {
  row: number;
  column: string;
  /** The cell's address as Excel shows it (D5), when the problem is one cell's. */
  cell?: string;
  problem: string;
}

/** A title row, a note row and a two-row header fit well within the first ten rows. */
export const HEADER_SEARCH_ROWS = 10;

/** Where the header was found: its row, and the position (0-based) of each column the file has. */
export interface HeaderRow<Cs extends ImportColumns> {
  row: number;
  positions: Partial<Record<keyof Cs, number>>;
}

/**
 * How a header cell is compared: NFKC, case, spaces and line breaks ignored, and the marks templates put
 * on headers dropped — a '*' for required columns, a trailing note in brackets such as （必填）.
 */
export function headerKey(text: string): string {
  return normaliseCellText(text)
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/\([^()]*\)$/, '')
    .replace(/^\*+|\*+$/g, '')
    .toLowerCase();
}

function namesOf(column: ImportColumn): string[] {
  return [column.header, ...column.aliases].map(headerKey);
}

function positionsIn<Cs extends ImportColumns>(record: UploadRecord, columns: Cs): Map<keyof Cs, number[]> {
  const keys = record.cells.map((cell) => headerKey(cellDisplay(cell)));
  const found = new Map<keyof Cs, number[]>();
  for (const [key, column] of Object.entries(columns) as [keyof Cs, ImportColumn][]) {
    const names = namesOf(column);
    const at = keys.flatMap((text, index) => (text !== '' && names.includes(text) ? [index] : []));
    if (at.length > 0) found.set(key, at);
  }
  return found;
}

/**
 * Finds the header among the first HEADER_SEARCH_ROWS records (a title row or notes may sit above it):
 * the first row naming every required column, else the row naming most columns, whose missing columns
 * are reported on it. A column named twice is reported too; no row naming any column is one problem.
 */
export function findHeaderRow<Cs extends ImportColumns>(
  records: UploadRecord[],
  columns: Cs,
): { header: HeaderRow<Cs> } | { problems: RowProblem[] } {
  const candidates = records
    .slice(0, HEADER_SEARCH_ROWS)
    .map((record) => ({ record, found: positionsIn(record, columns) }));
  const required = (Object.keys(columns) as (keyof Cs)[]).filter(
    (key) => columns[key].required || !!columns[key].headerRequired,
  );
  const complete = candidates.find(({ found }) => required.every((key) => found.has(key)));
  const best = complete ?? [...candidates].sort((a, b) => b.found.size - a.found.size)[0];
  if (best === undefined || best.found.size === 0) return { problems: [noHeader(records, columns)] };
  const problems: RowProblem[] = [];
  const positions: Partial<Record<keyof Cs, number>> = {};
  for (const [key, at] of best.found) {
    positions[key] = at[0];
    if (at.length > 1) {
      problems.push({
        row: best.record.row,
        column: columns[key].header,
        problem: `表头中 ${columns[key].header} 出现了多次 (${at.map((i) => `${columnLetter(i + 1)}${best.record.row}`).join('、')})；只保留一列`,
      });
    }
  }
  for (const key of required.filter((k) => !best.found.has(k))) {
    const column = columns[key];
    problems.push({
      row: best.record.row,
      column: column.header,
      problem: `缺少该列；表头（第${best.record.row}行）须有 ${column.header}（或 ${column.aliases.join(' / ')}）`,
    });
  }
  return problems.length > 0 ? { problems } : { header: { row: best.record.row, positions } };
}

function noHeader(records: UploadRecord[], columns: ImportColumns): RowProblem {
  const last = Math.min(records.length, HEADER_SEARCH_ROWS);
  const required = Object.values(columns).filter((column) => column.required || !!column.headerRequired);
  const names = required.map((column) => `${column.header} (${column.aliases.join(' / ')})`).join('、');
  return {
    row: records[0]?.row ?? 1,
    column: required[0]?.header ?? '',
    problem:
      records.length === 0
        ? `文件没有内容；需要一行表头 ${names}，其下每行一条记录`
        : `第1–${last}行中找不到表头：前 ${HEADER_SEARCH_ROWS} 行中须有一行写明列名 ${names}`,
  };
}
