import { encode } from 'iconv-lite';
import {
  ENGLISH_HEADER,
  importTitles,
  TEXT_FIX,
  TITLE_HEADER,
  titlesOf,
  useSpreadsheetWorld,
  xlsxOf,
} from '../support/spreadsheet-world';

// Spreadsheets as Chinese Excel writes them (issue 10 §1), through the real import endpoints; the sx- tree
// and the helpers are in test/support/spreadsheet-world.ts, the other groups in spreadsheet-imports-*.
// Here: encodings, codes and numbers.
describe('Spreadsheet imports as Chinese Excel writes them', () => {
  useSpreadsheetWorld();

  describe('encodings', () => {
    it('should store the title kind, not mojibake, from "CSV (逗号分隔)" saved by a Chinese Excel (GBK) with English headers', async () => {
      const csv = `${ENGLISH_HEADER}\r\nsx-c01,平安社区,2023,SX-GBK-1,2026-12-31,\r\n`;

      await importTitles(encode(csv, 'gbk')).expect(201, { imported: 1 });

      expect(await titlesOf(['SX-GBK-1'])).toEqual([
        {
          community_id: 'sx-c01',
          title_kind: '平安社区',
          year: 2023,
          certificate_number: 'SX-GBK-1',
          valid_until: '2026-12-31',
        },
      ]);
    });

    it('should read the Chinese headers of a GBK CSV rather than call them missing', async () => {
      const csv = `${TITLE_HEADER}\r\nsx-c02,文明社区,2022,SX-GBK-2,,\r\n`;

      await importTitles(encode(csv, 'gbk')).expect(201, { imported: 1 });

      expect(await titlesOf(['SX-GBK-2'])).toEqual([expect.objectContaining({ title_kind: '文明社区' })]);
    });

    it('should read Excel\'s "Unicode 文本": UTF-16LE with a byte-order mark, tab-separated', async () => {
      const text = `${TITLE_HEADER.replace(/,/g, '\t')}\r\nsx-c03\t和谐社区\t2021\tSX-U16-1\t\t\r\n`;
      const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

      await importTitles(body, 'titles.txt').expect(201, { imported: 1 });

      expect(await titlesOf(['SX-U16-1'])).toEqual([expect.objectContaining({ title_kind: '和谐社区' })]);
    });

    it('should refuse bytes that are neither UTF-8 nor GB18030 with 400 naming the encodings, storing nothing', async () => {
      const body = Buffer.concat([
        Buffer.from(`${TITLE_HEADER}\r\nsx-c04,`),
        Buffer.from([0xff, 0xfe, 0xfd]),
        Buffer.from(',2023,SX-BAD-1,,\r\n'),
      ]);

      const response = await importTitles(body).expect(400);

      expect(response.body).toEqual({
        statusCode: 400,
        code: 'INVALID_REQUEST',
        message:
          'The file is neither UTF-8 nor GB18030/GBK text (unreadable bytes on line 2); it may be another encoding or not a text file',
        details: {
          problems: [
            { field: 'file', message: '请在 Excel 中另存为“CSV UTF-8 (逗号分隔)”或 .xlsx 后重新上传' },
          ],
        },
      });
      expect(await titlesOf(['SX-BAD-1'])).toEqual([]);
    });

    it('should refuse NUL, other control characters and U+FFFD in a cell, naming the cell', async () => {
      const csv = [
        TITLE_HEADER,
        'sx-c04,平安\u0000社区,2023,SX-CTL-1,,',
        'sx-c05,平安社区,2023,SX-CTL-\u00072,,',
        'sx-c06,平安\ufffd区,2023,SX-CTL-3,,',
      ].join('\n');

      const response = await importTitles(csv).expect(422);

      expect(response.body.details.rows).toEqual([
        {
          row: 2,
          column: '称号',
          cell: 'B2',
          problem: '含控制字符 U+0000；请去掉后重新输入该单元格（第 3 个字符）',
        },
        {
          row: 3,
          column: '证书编号',
          cell: 'D3',
          problem: '含控制字符 U+0007；请去掉后重新输入该单元格（第 8 个字符）',
        },
        {
          row: 4,
          column: '称号',
          cell: 'B4',
          problem: '含 U+FFFD (�)，是之前转换编码时丢失的字符；请重新输入（第 3 个字符）',
        },
      ]);
      expect(await titlesOf(['SX-CTL-1', 'SX-CTL-3'])).toEqual([]);
    });
  });

  describe('codes and numbers', () => {
    it('should refuse an 18-digit certificate number typed as a number, naming the cell and the fix', async () => {
      const file = await xlsxOf((sheet) => {
        sheet.addRow(['社区编码', '称号', '年度', '证书编号']);
        sheet.addRow(['sx-c04', '平安社区', 2023, Number('123456789012345678')]);
      });

      const response = await importTitles(file, 'titles.xlsx').expect(422);

      expect(response.body.details.rows).toEqual([
        {
          row: 2,
          column: '证书编号',
          cell: 'D2',
          problem: `数字 123456789012345680 超过 Excel 能保存的 15 位，已不是输入的值；${TEXT_FIX}`,
        },
      ]);
      expect(await titlesOf(['123456789012345680'])).toEqual([]);
    });

    it('should refuse the 1.23457E+17 Excel writes into a CSV for a long number', async () => {
      const response = await importTitles(`${TITLE_HEADER}\nsx-c04,平安社区,2023,1.23457E+17,,\n`).expect(
        422,
      );

      expect(response.body.details.rows).toEqual([
        {
          row: 2,
          column: '证书编号',
          cell: 'D2',
          problem: `1.23457E+17 是 Excel 显示长数字的方式，末尾几位已丢失；${TEXT_FIX}`,
        },
      ]);
    });

    it('should store every digit of a long number in a 文本 cell, and a short code typed as a number', async () => {
      const file = await xlsxOf((sheet) => {
        sheet.addRow(['社区编码', '称号', '年度', '证书编号']);
        sheet.addRow(['sx-c04', '平安社区', 2023, '123456789012345678']);
        sheet.addRow(['sx-c05', '平安社区', '2023年', 330102001]);
      });

      await importTitles(file, 'titles.xlsx').expect(201, { imported: 2 });

      expect(
        (await titlesOf(['123456789012345678', '330102001'])).map((row) => row.certificate_number),
      ).toEqual(['123456789012345678', '330102001']);
    });
  });
});
