import { encode } from 'iconv-lite';
import { Workbook } from 'exceljs';
import { DomainError, DomainErrorCode } from '@app/domain';
import { readSpreadsheet, UploadedSpreadsheet } from './spreadsheet';

function upload(buffer: Buffer, originalname: string): UploadedSpreadsheet {
  return { originalname, mimetype: 'application/octet-stream', size: buffer.length, buffer };
}

async function xlsx(build: (workbook: Workbook) => void): Promise<UploadedSpreadsheet> {
  const workbook = new Workbook();
  build(workbook);
  return upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'sheet.xlsx');
}

describe(readSpreadsheet.name, () => {
  it('should read rich text, formulas by their cached result, hyperlinks, booleans and merged title cells', async () => {
    const file = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('称号');
      sheet.mergeCells('A1:D1');
      sheet.getCell('A1').value = '2026年平安社区称号导入表';
      sheet.getRow(3).values = [
        { richText: [{ text: '社区', font: { bold: true } }, { text: '编码' }] },
        { formula: 'UPPER("pa-1")', result: 'PA-1' },
        { text: 'c-01', hyperlink: 'https://example.invalid/c-01' },
        true,
      ];
      sheet.getCell('A4').value = { formula: 'A3', result: { error: '#N/A' } };
      sheet.getCell('B4').value = { sharedFormula: 'B3', result: 'PA-1' };
    });

    const read = await readSpreadsheet(file);

    expect(read.format).toBe('xlsx');
    expect(read.records.slice(0, 3)).toEqual([
      { row: 1, cells: Array(4).fill({ type: 'text', text: '2026年平安社区称号导入表' }) },
      { row: 2, cells: [] },
      {
        row: 3,
        cells: [
          { type: 'text', text: '社区编码' },
          { type: 'text', text: 'PA-1' },
          { type: 'text', text: 'c-01' },
          { type: 'boolean', value: true },
        ],
      },
    ]);
    expect(read.records[3].cells[0]).toEqual({ type: 'error', text: '#N/A' });
  });

  it('should keep numbers as Excel stored them and read date-formatted cells as their day', async () => {
    const file = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('a');
      sheet.getCell('A1').value = Number('123456789012345678');
      sheet.getCell('B1').value = 46387;
      sheet.getCell('C1').value = new Date(Date.UTC(2026, 11, 31, 18, 30));
      sheet.getCell('C1').numFmt = 'yyyy"年"m"月"d"日"';
      sheet.getCell('D1').value = { formula: 'C1', result: new Date(Date.UTC(2026, 11, 31)) };
      sheet.getCell('D1').numFmt = 'yyyy/m/d';
    });

    const [record] = (await readSpreadsheet(file)).records;

    expect(record.cells).toEqual([
      { type: 'number', value: 123456789012345680 },
      { type: 'number', value: 46387 },
      { type: 'date', date: '2026-12-31' },
      { type: 'date', date: '2026-12-31' },
    ]);
  });

  it('should read a GBK CSV and a tab-separated UTF-16 text file, every cell as text', async () => {
    const gbk = await readSpreadsheet(
      upload(encode('社区编码,称号\r\nc-01,平安社区\r\n', 'gbk'), 'titles.csv'),
    );
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('社区编码\t称号\r\nc-01\t平安社区\r\n', 'utf16le'),
    ]);
    const tabbed = await readSpreadsheet(upload(utf16, 'titles.txt'));

    for (const read of [gbk, tabbed]) {
      expect(read.records).toEqual([
        {
          row: 1,
          cells: [
            { type: 'text', text: '社区编码' },
            { type: 'text', text: '称号' },
          ],
        },
        {
          row: 2,
          cells: [
            { type: 'text', text: 'c-01' },
            { type: 'text', text: '平安社区' },
          ],
        },
      ]);
    }
    expect([gbk.encoding, tabbed.encoding]).toEqual(['GB18030', 'UTF-16LE']);
  });

  it('should refuse an old .xls workbook by name', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readSpreadsheet(upload(xls, 'titles.xls'))).rejects.toThrow(
      new DomainError(
        DomainErrorCode.INVALID_REQUEST,
        'The file is an old .xls workbook (Excel 97–2003, WPS)',
      ),
    );
  });

  describe('a file that is neither a workbook nor text', () => {
    const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
    const unsupported = (problem: RegExp) =>
      expect.objectContaining({
        code: DomainErrorCode.UNSUPPORTED_MEDIA_TYPE,
        message: expect.stringContaining('只能上传 XLSX 或 CSV 文件'),
        details: expect.objectContaining({
          problems: [{ field: 'file', message: expect.stringMatching(problem) }],
        }),
      });

    it('should refuse a PDF by its first bytes, whatever it is called or declared as', async () => {
      await expect(readSpreadsheet(upload(pdf, 'titles.csv'))).rejects.toEqual(unsupported(/收到的是 PDF/));
      await expect(readSpreadsheet({ ...upload(pdf, 'a.pdf'), mimetype: 'application/pdf' })).rejects.toEqual(
        unsupported(/收到的是 application\/pdf \(a\.pdf\)/),
      );
    });

    it('should refuse a declared image, a text file named .xlsx and bytes full of control characters', async () => {
      const csv = Buffer.from('社区编码,称号\nc-01,平安社区\n');
      await expect(readSpreadsheet({ ...upload(csv, 'a.png'), mimetype: 'image/png' })).rejects.toEqual(
        unsupported(/image\/png/),
      );
      await expect(readSpreadsheet(upload(csv, 'titles.xlsx'))).rejects.toEqual(unsupported(/\.xlsx/));
      const binary = Buffer.from(Array.from({ length: 256 }, (_, index) => index % 32));
      // UTF-16 without its mark is still text: refused by name (400), not as binary.
      await expect(
        readSpreadsheet(upload(Buffer.from('社区编码,称号\nc-01,x\n', 'utf16le'), 'titles.csv')),
      ).rejects.toMatchObject({ code: DomainErrorCode.INVALID_REQUEST });
      await expect(readSpreadsheet(upload(binary, 'data.bin'))).rejects.toEqual(unsupported(/二进制/));
    });

    it('should still read a CSV sent as application/vnd.ms-excel (Windows) or text/csv with a charset', async () => {
      const csv = Buffer.from('社区编码,称号\r\nc-01,平安社区\r\n');
      for (const mimetype of ['application/vnd.ms-excel', 'text/csv; charset=utf-8']) {
        const read = await readSpreadsheet({ ...upload(csv, 'titles.csv'), mimetype });
        expect(read.records).toHaveLength(2);
      }
    });
  });
});
