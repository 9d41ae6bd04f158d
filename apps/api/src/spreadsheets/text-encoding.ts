import { decode } from 'iconv-lite';
import { DomainError, DomainErrorCode } from '@app/domain';

/** The encodings a text upload is read in, named as a clerk's "save as" dialog names them. */
export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

const SAVE_AGAIN = '请在 Excel 中另存为“CSV UTF-8 (逗号分隔)”或 .xlsx 后重新上传';

function refused(message: string): DomainError {
  return new DomainError(DomainErrorCode.INVALID_REQUEST, message, {
    problems: [{ field: 'file', message: SAVE_AGAIN }],
  });
}

function startsWith(buffer: Buffer, ...bytes: number[]): boolean {
  return bytes.every((byte, index) => buffer[index] === byte);
}

/** The encoding a byte-order mark names, and the mark's length; UTF-32 is refused by name. */
function byteOrderMark(buffer: Buffer): { encoding: TextEncoding; length: number } | null {
  if (startsWith(buffer, 0xff, 0xfe, 0x00, 0x00) || startsWith(buffer, 0x00, 0x00, 0xfe, 0xff)) {
    throw refused('The file is UTF-32 text, which is not read here');
  }
  if (startsWith(buffer, 0xef, 0xbb, 0xbf)) return { encoding: 'UTF-8', length: 3 };
  if (startsWith(buffer, 0xff, 0xfe)) return { encoding: 'UTF-16LE', length: 2 };
  if (startsWith(buffer, 0xfe, 0xff)) return { encoding: 'UTF-16BE', length: 2 };
  return null;
}

/** UTF-16 without a mark shows as ASCII letters each paired with a NUL byte. */
function looksLikeBareUtf16(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, 64);
  let nulOdd = 0;
  let nulEven = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) nulEven += 1;
    else nulOdd += 1;
  });
  return sample.length >= 4 && Math.max(nulOdd, nulEven) >= sample.length / 4;
}

function strictUtf8(buffer: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer);
  } catch {
    return null;
  }
}

/**
 * Decodes an uploaded text file the way Chinese Excel writes them: a byte-order mark decides (UTF-8,
 * UTF-16LE/BE — Excel's "Unicode 文本"); without one, text that is valid UTF-8 is UTF-8 ("CSV UTF-8");
 * anything else is read as GB18030, the superset of GBK that "CSV (逗号分隔)" writes on a Chinese
 * Windows. Bytes that are neither are refused naming both, so no U+FFFD ever reaches a cell.
 * Throws DomainError INVALID_REQUEST (400) with a problem on field "file".
 */
export function decodeText(buffer: Buffer): { text: string; encoding: TextEncoding } {
  const mark = byteOrderMark(buffer);
  if (mark !== null) {
    const body = buffer.subarray(mark.length);
    const text = mark.encoding === 'UTF-8' ? strictUtf8(body) : decode(body, mark.encoding.toLowerCase());
    if (text === null || (mark.encoding !== 'UTF-8' && text.includes('\ufffd'))) {
      throw refused(
        `The file starts with a ${mark.encoding} byte-order mark but is not valid ${mark.encoding} text`,
      );
    }
    return { text, encoding: mark.encoding };
  }
  if (looksLikeBareUtf16(buffer)) {
    throw refused('The file looks like UTF-16 text without a byte-order mark, which cannot be read reliably');
  }
  const utf8 = strictUtf8(buffer);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  const gb18030 = decode(buffer, 'gb18030');
  const bad = gb18030.indexOf('\ufffd');
  if (bad >= 0) {
    const line = gb18030.slice(0, bad).split('\n').length;
    throw refused(
      `The file is neither UTF-8 nor GB18030/GBK text (unreadable bytes on line ${line}); it may be another encoding or not a text file`,
    );
  }
  return { text: gb18030, encoding: 'GB18030' };
}
