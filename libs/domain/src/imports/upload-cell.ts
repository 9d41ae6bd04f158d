/**
 * One cell of an uploaded sheet as the reader found it, before any column gives it a meaning.
 * CSV cells are always `text`; an XLSX cell keeps the kind Excel stored (a number stays a number, so a
 * code column can tell whether Excel kept all of its digits).
 */
export type UploadCell =
  | null
  | { type: 'text'; text: string }
  /** A number as Excel stored it (a double); `date1904` when the workbook counts days from 1904. */
  | { type: 'number'; value: number; date1904?: boolean }
  /** A cell Excel formats as a date: the calendar day it shows, 'YYYY-MM-DD' (a time of day is dropped). */
  | { type: 'date'; date: string }
  | { type: 'boolean'; value: boolean }
  /** A formula whose cached result is an error, e.g. '#N/A'. */
  | { type: 'error'; text: string };

/** One record of a sheet, numbered as the spreadsheet numbers it (the first row is 1). */
export interface UploadRecord {
  row: number;
  cells: UploadCell[];
}

/** A text cell, the shape every CSV cell has. */
export function textCell(text: string): UploadCell {
  return text === '' ? null : { type: 'text', text };
}

/** The cell as a person reads it in the sheet, for messages and header matching. */
export function cellDisplay(cell: UploadCell): string {
  if (cell === null) return '';
  switch (cell.type) {
    case 'text':
    case 'error':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.date;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
  }
}

/** The spreadsheet's name for a column: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
