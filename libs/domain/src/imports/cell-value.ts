import { normaliseCellText, trimCellText, unreadableCharacter } from './cell-text';
import {
  BooleanColumn,
  columnExpectation,
  DecimalColumn,
  EnumColumn,
  ImportColumn,
  IntegerColumn,
} from './import-column';
import { excelSerialDay, readOfficeDate } from './office-date';
import { cellDisplay, UploadCell } from './upload-cell';

/** A cell read for a column: its value, empty, or what is wrong with it in words a clerk can act on. */
export type CellReading = { value: string | number | boolean } | { empty: true } | { problem: string };

/** Excel keeps 15 significant digits of a number; a longer one was already cut when it was typed. */
const EXCEL_DIGITS = 15;
const TEXT_FORMAT_FIX = '请在 Excel 中把该列设为“文本”格式，重新输入后再上传';
/** How Excel shows a long number in a General cell, and so writes it into a CSV: 1.23457E+17. */
const EXCEL_SCIENTIFIC = /^[+-]?\d(\.\d+)?E[+-]\d{2,3}$/i;
const YES = new Set(['是', 'true', 'yes', 'y', '1', '√', '✓']);
const NO = new Set(['否', 'false', 'no', 'n', '0', '×', '✗']);

/** The text a number cell holds when Excel kept every digit of it, else null (1.2345678901234568e17). */
export function exactNumberText(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  if (/e/i.test(text)) return null;
  return text.replace(/[-.]/g, '').replace(/^0+/, '').length <= EXCEL_DIGITS ? text : null;
}

/**
 * Reads one cell as the column's type. Text is checked for characters that cannot be stored, then
 * trimmed; all but free-text columns are also NFKC-normalised (full-width digits and letters); a number, date or boolean cell is taken only where it can mean exactly one
 * thing for the column.
 */
export function readCell(cell: UploadCell, column: ImportColumn): CellReading {
  if (cell === null) return { empty: true };
  if (cell.type === 'error') return { problem: `公式结果为 ${cell.text}；请直接填写数值` };
  if (cell.type === 'text') {
    const unreadable = unreadableCharacter(cell.text, {
      multiline: column.type === 'text' && !!column.multiline,
    });
    if (unreadable !== null) return { problem: unreadable };
    const text =
      column.type !== 'text'
        ? normaliseCellText(cell.text)
        : column.multiline && column.keepEndLineBreak
          ? keepEndLineBreak(cell.text)
          : trimCellText(cell.text);
    if (text === '') return { empty: true };
    if (/^#+$/.test(text)) {
      return {
        problem: 'Excel 因列宽不够显示为 #####；请把该列拉宽后重新保存',
      };
    }
    return readText(text, column);
  }
  return readTyped(cell, column);
}

/** The cell trimmed, but with one line break kept at its end when it had one there. */
function keepEndLineBreak(raw: string): string {
  const text = trimCellText(raw);
  return text !== '' && /\n\s*$/.test(raw.replace(/\r\n?/g, '\n')) ? `${text}\n` : text;
}

function readText(text: string, column: ImportColumn): CellReading {
  switch (column.type) {
    case 'code':
      if (EXCEL_SCIENTIFIC.test(text)) {
        return {
          problem: `${text} 是 Excel 显示长数字的方式，末尾几位已丢失；${TEXT_FORMAT_FIX}`,
        };
      }
      return withinLength(text, column.maxLength);
    case 'text':
      return withinLength(text, column.maxLength);
    case 'integer':
      return integerOf(text, column);
    case 'decimal':
      return decimalOf(text, column);
    case 'date': {
      const day = readOfficeDate(text);
      return 'date' in day
        ? { value: day.date }
        : { problem: `${day.problem}；应填：${columnExpectation(column)}` };
    }
    case 'boolean':
      return booleanOf(text, column);
    case 'enum':
      return enumOf(text, column);
  }
}

function readTyped(
  cell: Exclude<UploadCell, null | { type: 'text' | 'error' }>,
  column: ImportColumn,
): CellReading {
  if (cell.type === 'date') {
    if (column.type === 'date') return { value: cell.date };
    return {
      problem: `此处是 Excel 日期 (${cell.date})；请把该列设为“文本”或“常规”格式后重新输入`,
    };
  }
  if (cell.type === 'boolean') {
    if (column.type === 'boolean') return { value: cell.value };
    return readText(cellDisplay(cell), column);
  }
  if (column.type === 'date') {
    const day =
      Number.isInteger(cell.value) && cell.value >= 1e7
        ? readOfficeDate(String(cell.value))
        : excelSerialDay(cell.value, cell.date1904);
    return 'date' in day
      ? { value: day.date }
      : { problem: `${day.problem}；应填：${columnExpectation(column)}` };
  }
  const text = exactNumberText(cell.value);
  if (text === null) {
    return {
      problem: `数字 ${String(cell.value)} 超过 Excel 能保存的 ${EXCEL_DIGITS} 位，已不是输入的值；${TEXT_FORMAT_FIX}`,
    };
  }
  return readText(text, column);
}

function withinLength(text: string, maxLength: number): CellReading {
  // Counted in characters as a person counts them (an astral character is one, never more).
  if (text.length <= maxLength) return { value: text };
  return [...text].length > maxLength
    ? { problem: `最多 ${maxLength} 个字，此处有 ${[...text].length} 个` }
    : { value: text };
}

function integerOf(text: string, column: IntegerColumn): CellReading {
  const digits =
    column.unit !== undefined && text.endsWith(column.unit)
      ? text.slice(0, -column.unit.length).trim()
      : text;
  const value = /^[+-]?\d{1,15}$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isInteger(value) || value < column.min || value > column.max) {
    return { problem: `应填：${columnExpectation(column)}，此处为 ${text}` };
  }
  return { value };
}

function decimalOf(text: string, column: DecimalColumn): CellReading {
  const match = /^[+-]?\d{1,15}(?:\.(\d+))?$/.exec(text);
  const value = Number(text);
  if (!match || value < column.min || value > column.max || (match[1] ?? '').length > column.maxDecimals) {
    return { problem: `应填：${columnExpectation(column)}，此处为 ${text}` };
  }
  return { value: text };
}

function booleanOf(text: string, column: BooleanColumn): CellReading {
  const lower = text.toLowerCase();
  if (YES.has(lower)) return { value: true };
  if (NO.has(lower)) return { value: false };
  return { problem: `应填：${columnExpectation(column)}，此处为 ${text}` };
}

function enumOf(text: string, column: EnumColumn): CellReading {
  const lower = text.toLowerCase();
  const option = column.options.find(
    (candidate) =>
      candidate.value.toLowerCase() === lower ||
      candidate.labels.some((label) => label.toLowerCase() === lower),
  );
  return option === undefined
    ? { problem: `应填：${columnExpectation(column)}，此处为 ${text}` }
    : { value: option.value };
}
