import { CellValue, Workbook } from 'exceljs';
import { DomainError, DomainErrorCode, Sheet, SheetRow } from '@app/domain';
import { formatCsv, parseCsv } from './csv';

/** The file formats a sheet is read from and written to. */
export type SpreadsheetFormat = 'xlsx' | 'csv';

export const SPREADSHEET_FORMATS: readonly SpreadsheetFormat[] = ['xlsx', 'csv'];

/** An uploaded file, read whole (SpreadsheetUploadInterceptor). */
export interface UploadedSpreadsheet {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** Uploads larger than this are refused with 413 while they are read. */
export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
/** Enough for a province's communities; a national tree is imported one province at a time. */
export const MAX_IMPORT_ROWS = 200_000;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP_MAGIC = 'PK\u0003\u0004';

/** The header row and data rows (numbered as the spreadsheet numbers them) of an upload's first sheet. */
export async function readSpreadsheet(
  file: UploadedSpreadsheet | undefined,
): Promise<{ headers: string[]; rows: SheetRow[] }> {
  if (file === undefined || file.size === 0) {
    throw new DomainError(DomainErrorCode.INVALID_REQUEST, 'Attach the file as multipart field "file"', {
      problems: [{ field: 'file', message: 'expected a .csv or .xlsx file' }],
    });
  }
  const records = isXlsx(file) ? await xlsxRecords(file.buffer) : parseCsv(file.buffer.toString('utf8'));
  if (records.length - 1 > MAX_IMPORT_ROWS) {
    throw new DomainError(
      DomainErrorCode.INVALID_REQUEST,
      `A file may hold at most ${MAX_IMPORT_ROWS} rows`,
      {
        problems: [{ field: 'file', message: `split it into files of at most ${MAX_IMPORT_ROWS} rows` }],
      },
    );
  }
  const [headers = [], ...data] = records;
  return { headers, rows: data.map((cells, index) => ({ row: index + 2, cells })) };
}

function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

function isXlsx(file: UploadedSpreadsheet): boolean {
  if (file.originalname.toLowerCase().endsWith('.xlsx') || file.mimetype === XLSX_TYPE) return true;
  return file.buffer.subarray(0, 4).toString('latin1') === ZIP_MAGIC;
}

async function xlsxRecords(buffer: Buffer): Promise<string[][]> {
  const workbook = new Workbook();
  try {
    // exceljs declares its own Buffer (an ArrayBuffer); hand it the bytes it reads.
    await workbook.xlsx.load(toArrayBuffer(buffer));
  } catch {
    throw new DomainError(DomainErrorCode.INVALID_REQUEST, 'The file is not a readable .xlsx workbook', {
      problems: [{ field: 'file', message: 'save it again as .xlsx (Excel 2007 or later) or as UTF-8 .csv' }],
    });
  }
  const sheet = workbook.worksheets[0];
  const records: string[][] = [];
  // Blank rows keep their place so row numbers match what the clerk sees.
  sheet?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1)
      cells.push(cellText(row.getCell(column).value));
    records[rowNumber - 1] = cells;
  });
  return Array.from(records, (cells) => cells ?? []);
}

/** A cell as the text a clerk typed: dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result ?? null);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

/** The exported file: bytes, content type and file extension. */
export interface SpreadsheetFile {
  body: Buffer;
  contentType: string;
  extension: SpreadsheetFormat;
}

/** Writes a sheet with its Chinese header row as .xlsx (numbers stay numbers) or UTF-8 CSV. */
export async function writeSpreadsheet(sheet: Sheet, format: SpreadsheetFormat): Promise<SpreadsheetFile> {
  if (format === 'csv') {
    const body = Buffer.from(formatCsv(sheet.headers, sheet.rows), 'utf8');
    return { body, contentType: 'text/csv; charset=utf-8', extension: 'csv' };
  }
  const workbook = new Workbook();
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.addRow(sheet.headers).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row);
  worksheet.columns.forEach((column) => (column.width = 14));
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { body, contentType: XLSX_TYPE, extension: 'xlsx' };
}
