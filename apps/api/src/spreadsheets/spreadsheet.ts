import { Workbook } from 'exceljs';
import { DomainError, DomainErrorCode, Sheet, textCell, UploadCell, UploadRecord } from '@app/domain';
import { formatCsv, parseCsv, sniffDelimiter, unguardCsvField } from './csv';
import { decodeText, TextEncoding } from './text-encoding';
import { unsupportedUpload, uploadKindOf, XLSX_TYPE } from './upload-kind';
import { uploadCellOf } from './xlsx-cells';

export { XLSX_TYPE };

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

/** An upload read into records, with how it was read (for the audit trail). */
export interface ReadSpreadsheet {
  /** Every row from the first, numbered as the spreadsheet numbers it; blank rows keep their place. */
  records: UploadRecord[];
  format: SpreadsheetFormat;
  /** Text files only: the encoding they were decoded from. */
  encoding?: TextEncoding;
}

/**
 * Reads an upload's first sheet (.xlsx) or a text sheet (.csv, or tab-separated .txt, in UTF-8, UTF-16 or
 * GB18030/GBK — see decodeText), what it is decided by its declared type and its bytes (uploadKindOf: 415
 * for a PDF, an image or any other file that is neither). Refuses with 400 a request without a file, an empty file (文件为空), an old .xls
 * workbook, an unreadable workbook or text, and more than MAX_IMPORT_ROWS rows.
 */
export async function readSpreadsheet(file: UploadedSpreadsheet | undefined): Promise<ReadSpreadsheet> {
  if (file === undefined) {
    throw new DomainError(DomainErrorCode.INVALID_REQUEST, 'Attach the file as multipart field "file"', {
      problems: [{ field: 'file', message: 'expected a .csv or .xlsx file' }],
    });
  }
  if (file.size === 0 || file.buffer.length === 0) {
    throw new DomainError(DomainErrorCode.INVALID_REQUEST, `文件为空：${file.originalname} 是 0 字节`, {
      problems: [
        {
          field: 'file',
          message: `文件为空（${file.originalname}，0 字节）；请上传填好的 .xlsx 或 .csv 文件`,
        },
      ],
    });
  }
  const kind = uploadKindOf(file);
  if (kind === 'xls') {
    throw new DomainError(
      DomainErrorCode.INVALID_REQUEST,
      'The file is an old .xls workbook (Excel 97–2003, WPS)',
      {
        problems: [{ field: 'file', message: 'open it in Excel or WPS and save it as .xlsx (Excel 工作簿)' }],
      },
    );
  }
  const read: ReadSpreadsheet =
    kind === 'xlsx' ? { records: await xlsxRecords(file.buffer), format: 'xlsx' } : textRecords(file.buffer);
  if (read.records.length - 1 > MAX_IMPORT_ROWS) {
    throw new DomainError(
      DomainErrorCode.INVALID_REQUEST,
      `A file may hold at most ${MAX_IMPORT_ROWS} rows`,
      {
        problems: [{ field: 'file', message: `split it into files of at most ${MAX_IMPORT_ROWS} rows` }],
      },
    );
  }
  return read;
}

function textRecords(buffer: Buffer): ReadSpreadsheet {
  const { text, encoding } = decodeText(buffer);
  const delimiter = sniffDelimiter(text);
  // Only the comma-separated CSV is our export's form, the one whose formula guard comes off again.
  const field = delimiter === ',' ? (cell: string) => textCell(unguardCsvField(cell)) : textCell;
  const records = parseCsv(text, delimiter).map((cells, index) => ({
    row: index + 1,
    cells: cells.map(field),
  }));
  return { records, format: 'csv', encoding };
}

function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

async function xlsxRecords(buffer: Buffer): Promise<UploadRecord[]> {
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
  // A ZIP that opens but holds no sheet is another kind of file (a .docx, an archive).
  if (sheet === undefined) throw unsupportedUpload('一个不含工作表的 ZIP 文件 (如 Word 文档或压缩包)');
  const date1904 = workbook.properties.date1904 === true;
  const records: UploadRecord[] = [];
  // Blank rows keep their place so row numbers match what the clerk sees.
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: UploadCell[] = [];
    for (let column = 1; column <= row.cellCount; column += 1)
      cells.push(uploadCellOf(row.getCell(column), date1904));
    records[rowNumber - 1] = { row: rowNumber, cells };
  });
  return Array.from(records, (record, index) => record ?? { row: index + 1, cells: [] });
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
