import { Cell, CellValue } from 'exceljs';
import { UploadCell } from '@app/domain';

/** The calendar day a date cell shows: exceljs hands it over as that wall-clock time in UTC. */
function dayOf(date: Date): UploadCell {
  return Number.isNaN(date.getTime())
    ? { type: 'error', text: '#VALUE!' }
    : { type: 'date', date: date.toISOString().slice(0, 10) };
}

function richTextOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'richText' in value && Array.isArray(value.richText)) {
    return (value.richText as { text?: unknown }[])
      .map((part) => (typeof part.text === 'string' ? part.text : ''))
      .join('');
  }
  return null;
}

/**
 * One XLSX cell as the importer reads it. Shared strings and rich text are text; a hyperlink is its
 * shown text; a formula (shared or not) is its cached result; a merged cell is its master's value
 * (exceljs reads it through); a number keeps its double so a code column can tell whether Excel kept it
 * whole; a date-formatted number is its day (formats exceljs does not know stay numbers, which date
 * columns read as serials).
 */
export function uploadCellOf(cell: Cell, date1904: boolean): UploadCell {
  return valueCell(cell.value, date1904);
}

function valueCell(value: CellValue | undefined, date1904: boolean): UploadCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : { type: 'text', text: value };
  if (typeof value === 'number') return { type: 'number', value, ...(date1904 ? { date1904 } : {}) };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value instanceof Date) return dayOf(value);
  if ('error' in value) return { type: 'error', text: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (typeof result === 'object' && result !== null && 'error' in result) {
      return { type: 'error', text: String(result.error) };
    }
    return valueCell((result ?? null) as CellValue, date1904);
  }
  const text = 'hyperlink' in value ? richTextOf(value.text) : richTextOf(value);
  return text === null || text === '' ? null : { type: 'text', text };
}
