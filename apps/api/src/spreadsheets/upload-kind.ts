import { DomainError, DomainErrorCode } from '@app/domain';
import type { UploadedSpreadsheet } from './spreadsheet';

/** The content type of an .xlsx workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What an upload is read as, decided by its bytes (its name and declared type only refuse). */
export type UploadKind = 'xlsx' | 'xls' | 'text';

const ACCEPTED = 'XLSX 或 CSV';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: the old .xls workbook (and WPS .et). */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Content types clients declare for a workbook or a text sheet: Windows with Excel installed sends a .csv as
 * application/vnd.ms-excel, curl sends application/octet-stream for a name it does not know.
 */
const DECLARED_TYPES = new Set([
  XLSX_TYPE,
  'application/vnd.ms-excel',
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  'text/comma-separated-values',
  'application/csv',
  'application/zip',
  'application/x-zip-compressed',
  'application/octet-stream',
  '',
]);

/** First bytes of files clerks attach by mistake, to name what was sent. */
const SIGNATURES: [string, number[]][] = [
  ['PDF', [...Buffer.from('%PDF-')]],
  ['PNG 图片', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG 图片', [0xff, 0xd8, 0xff]],
  ['GIF 图片', [...Buffer.from('GIF8')]],
  ['RAR 压缩包', [...Buffer.from('Rar!')]],
  ['7z 压缩包', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['gzip 压缩包', [0x1f, 0x8b]],
  ['TIFF 图片', [0x49, 0x49, 0x2a, 0x00]],
  ['程序文件', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(buffer: Buffer, magic: readonly number[]): boolean {
  return magic.every((byte, index) => buffer[index] === byte);
}

/** 415 naming what was sent and the two kinds taken. */
export function unsupportedUpload(what: string): DomainError {
  return new DomainError(
    DomainErrorCode.UNSUPPORTED_MEDIA_TYPE,
    `只能上传 ${ACCEPTED} 文件；收到的是 ${what}`,
    {
      expected: [XLSX_TYPE, 'text/csv'],
      problems: [
        {
          field: 'file',
          message: `应为 ${ACCEPTED} 文件（.xlsx、.csv 或制表符分隔的 .txt），收到的是 ${what}`,
        },
      ],
    },
  );
}

const TEXT_CONTROLS = new Set([9, 10, 12, 13, 26]);

function isControl(byte: number): boolean {
  // Tab, line feed, form feed, carriage return and the DOS end-of-file mark are text.
  return (byte < 0x20 && !TEXT_CONTROLS.has(byte)) || byte === 0x7f;
}

/**
 * A text file's first bytes hold few control characters; a binary one (a Word file, an image) many.
 * UTF-16 text pairs each ASCII letter with a NUL on one side: with its byte-order mark it is text, without
 * one decodeText refuses it by name, so NULs all on one side of the pairs do not make a file binary.
 */
function looksBinary(buffer: Buffer): boolean {
  if (startsWith(buffer, [0xff, 0xfe]) || startsWith(buffer, [0xfe, 0xff])) return false;
  const sample = buffer.subarray(0, 4096);
  const nulAt = [0, 0];
  let control = 0;
  sample.forEach((byte, index) => {
    if (byte === 0) nulAt[index % 2] += 1;
    else if (isControl(byte)) control += 1;
  });
  const nuls = nulAt[0] + nulAt[1];
  const pairedLikeUtf16 = nuls > 0 && Math.max(nulAt[0], nulAt[1]) >= nuls * 0.95;
  return control + (pairedLikeUtf16 ? 0 : nuls) > sample.length / 10;
}

/**
 * What an upload is, by its declared content type AND its first bytes: a ZIP is a workbook, the old
 * compound file an .xls (refused with how to save it, by readSpreadsheet), anything else must read as text.
 * 415 for a declared type that is neither a sheet nor text (application/pdf, image/png), a file named or
 * declared .xlsx that is not a ZIP, a known binary file (PDF, an image, an archive) and bytes that are not text.
 */
export function uploadKindOf(file: UploadedSpreadsheet): UploadKind {
  const declared = file.mimetype.split(';')[0].trim().toLowerCase();
  if (!DECLARED_TYPES.has(declared)) return refuse(`${declared} (${file.originalname})`);
  if (startsWith(file.buffer, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(file.buffer, OLE2_MAGIC)) return 'xls';
  if (declared === XLSX_TYPE || file.originalname.toLowerCase().endsWith('.xlsx')) {
    return refuse(`一个名为 .xlsx 却不是 Excel 工作簿的文件 (${file.originalname})`);
  }
  const known = SIGNATURES.find(([, magic]) => startsWith(file.buffer, magic));
  if (known !== undefined) return refuse(`${known[0]} (${file.originalname})`);
  if (looksBinary(file.buffer)) return refuse(`一个二进制文件 (${file.originalname})`);
  return 'text';
}

function refuse(what: string): never {
  throw unsupportedUpload(what);
}
