import { encode } from 'iconv-lite';
import { DomainError } from '@app/domain';
import { decodeText } from './text-encoding';

const CSV = '社区编码,称号,年度\r\nc-01,平安社区,2023\r\n';

function refusal(buffer: Buffer): DomainError {
  try {
    decodeText(buffer);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected decodeText to refuse the bytes');
}

describe(decodeText.name, () => {
  it('should read "CSV (逗号分隔)" from a Chinese Excel, which is GBK, as GB18030', () => {
    expect(decodeText(encode(CSV, 'gbk'))).toEqual({ text: CSV, encoding: 'GB18030' });
  });

  it('should read characters only GB18030 has (four-byte sequences, e.g. 𠀀 and ㄅ)', () => {
    const text = '名称\r\n𠀀社区,ㄅ\r\n';
    expect(decodeText(encode(text, 'gb18030'))).toEqual({ text, encoding: 'GB18030' });
  });

  it('should read UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(Buffer.from(CSV, 'utf8'))).toEqual({ text: CSV, encoding: 'UTF-8' });
    expect(decodeText(Buffer.from(`\ufeff${CSV}`, 'utf8'))).toEqual({ text: CSV, encoding: 'UTF-8' });
  });

  it('should read UTF-16 little- and big-endian by their byte-order marks (Excel\'s "Unicode 文本")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CSV, 'utf16le').swap16()]);
    expect(decodeText(le)).toEqual({ text: CSV, encoding: 'UTF-16LE' });
    expect(decodeText(be)).toEqual({ text: CSV, encoding: 'UTF-16BE' });
  });

  it('should refuse bytes that are neither UTF-8 nor GB18030, naming both and the line', () => {
    const error = refusal(
      Buffer.concat([Buffer.from('a,b\nc,'), Buffer.from([0xff, 0xff]), Buffer.from('\n')]),
    );
    expect(error.message).toBe(
      'The file is neither UTF-8 nor GB18030/GBK text (unreadable bytes on line 2); it may be another encoding or not a text file',
    );
    expect(error.details).toEqual({
      problems: [{ field: 'file', message: '请在 Excel 中另存为“CSV UTF-8 (逗号分隔)”或 .xlsx 后重新上传' }],
    });
  });

  it('should refuse a UTF-8 byte-order mark over bytes that are not UTF-8', () => {
    expect(refusal(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encode(CSV, 'gbk')])).message).toBe(
      'The file starts with a UTF-8 byte-order mark but is not valid UTF-8 text',
    );
  });

  it('should refuse UTF-16 without a byte-order mark and UTF-32, naming them', () => {
    expect(refusal(Buffer.from('id,name\nc-1,x\n', 'utf16le')).message).toMatch(
      /^The file looks like UTF-16 text without a byte-order mark/,
    );
    expect(refusal(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])).message).toBe(
      'The file is UTF-32 text, which is not read here',
    );
  });
});
