import { Workbook, Worksheet } from 'exceljs';
import { encode } from 'iconv-lite';
import { UserRole } from '@app/persistence';
import { IMPORT_KINDS } from '../../apps/api/src/imports/import-kinds';
import { seedTree } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// Spreadsheets as Chinese Excel writes them (issue 10 §1), through the real import endpoints.
// Ids prefixed sx- so this file never collides with others sharing the run's database.
const TITLE_HEADER = '社区编码,称号,年度,证书编号,有效期至,摘牌日期';
const ENGLISH_HEADER = 'community_id,title_kind,year,certificate_number,valid_until,revoked_at';
const TEXT_FIX = 'set the column to 文本 (Text) in Excel, type the value again and upload again';

async function xlsxOf(fill: (sheet: Worksheet) => void): Promise<Buffer> {
  const workbook = new Workbook();
  fill(workbook.addWorksheet('导入'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function workbookOf(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
  );
  return workbook;
}

describe('Spreadsheet imports as Chinese Excel writes them', () => {
  let t: TestApp;
  let organizer: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await seedTree(t.harness.dataSource, [
      ['sx', null, 'PROVINCE'],
      ['sx-s', 'sx', 'STREET'],
      ...Array.from(
        { length: 12 },
        (_, i) =>
          [`sx-c${String(i + 1).padStart(2, '0')}`, 'sx-s', 'COMMUNITY', 'URBAN'] as [
            string,
            string,
            string,
            string,
          ],
      ),
    ]);
    [organizer, admin] = await Promise.all([t.user(UserRole.ORGANIZER, 'sx-s'), t.user(UserRole.ADMIN)]);
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = (path: string, user: TestUser, body: Buffer | string, filename: string) =>
    t
      .http()
      .post(path)
      .set('Authorization', `Bearer ${user.token}`)
      .attach('file', Buffer.from(body), filename);
  const importTitles = (body: Buffer | string, filename = 'titles.csv') =>
    upload('/titles/import', organizer, body, filename);
  const titlesOf = async (certificates: string[]) =>
    t.harness.dataSource.query<
      {
        community_id: string;
        title_kind: string;
        year: number;
        certificate_number: string;
        valid_until: string | null;
      }[]
    >(
      `SELECT community_id, title_kind, year, certificate_number, to_char(valid_until, 'YYYY-MM-DD') AS valid_until
         FROM community_title WHERE certificate_number = ANY($1::text[]) ORDER BY certificate_number`,
      [certificates],
    );

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
            { field: 'file', message: 'save it again from Excel as "CSV UTF-8 (逗号分隔)" or as .xlsx' },
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
          problem: 'holds the control character U+0000; retype the cell without it (at character 3)',
        },
        {
          row: 3,
          column: '证书编号',
          cell: 'D3',
          problem: 'holds the control character U+0007; retype the cell without it (at character 8)',
        },
        {
          row: 4,
          column: '称号',
          cell: 'B4',
          problem:
            'holds U+FFFD (�), a character lost when the text was converted earlier; retype it (at character 3)',
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
          problem: `the number 123456789012345680 has more digits than Excel keeps (15), so it is not the one typed; ${TEXT_FIX}`,
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
          problem: `1.23457E+17 is how Excel shows a long number, and its last digits are lost; ${TEXT_FIX}`,
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

  describe('dates and full-width characters', () => {
    it('should read a serial in a General cell, YYYY/M/D, YYYY年M月D日 and a date cell alike', async () => {
      const file = await xlsxOf((sheet) => {
        sheet.addRow(['社区编码', '称号', '年度', '证书编号', '有效期至', '摘牌日期']);
        sheet.addRow(['sx-c06', '平安社区', 2023, 'SX-DATE-1', 46387, null]);
        sheet.addRow(['sx-c06', '文明社区', 2023, 'SX-DATE-2', '2026/12/31', '2025年3月1日']);
        sheet.addRow(['sx-c06', '和谐社区', 2023, 'SX-DATE-3', new Date(Date.UTC(2026, 11, 31)), null]);
      });

      await importTitles(file, 'titles.xlsx').expect(201, { imported: 3 });
      await importTitles(`${TITLE_HEADER}\r\nsx-c07,平安社区,2023,SX-DATE-4,2026/12/31,\r\n`).expect(201, {
        imported: 1,
      });

      const titles = await titlesOf(['SX-DATE-1', 'SX-DATE-2', 'SX-DATE-3', 'SX-DATE-4']);
      expect(titles.map((row) => row.valid_until)).toEqual([
        '2026-12-31',
        '2026-12-31',
        '2026-12-31',
        '2026-12-31',
      ]);
    });

    it('should refuse a day that does not exist and a form it does not read, listing the forms it does', async () => {
      const response = await importTitles(
        `${TITLE_HEADER}\nsx-c07,平安社区,2023,SX-DATE-5,2026-02-30,\nsx-c07,平安社区,2023,SX-DATE-6,12/31/2026,\n`,
      ).expect(422);

      const forms =
        'expected a date such as 2026-12-31, 2026/12/31, 2026年12月31日, 2026.12.31, 20261231 or a date cell';
      expect(response.body.details.rows).toEqual([
        {
          row: 2,
          column: '有效期至',
          cell: 'E2',
          problem: `2026-02-30 is not a day of the calendar; ${forms}`,
        },
        { row: 3, column: '有效期至', cell: 'E3', problem: `cannot read 12/31/2026 as a date; ${forms}` },
      ]);
    });

    it('should read full-width digits and letters (２０２３, sx-c０９) as their half-width forms', async () => {
      await importTitles(
        `${TITLE_HEADER}\nｓｘ-c０９,平安社区,２０２３,ＳＸ-ＦＷ-１,２０２６-１２-３１,\n`,
      ).expect(201, { imported: 1 });

      expect(await titlesOf(['SX-FW-1'])).toEqual([
        {
          community_id: 'sx-c09',
          title_kind: '平安社区',
          year: 2023,
          certificate_number: 'SX-FW-1',
          valid_until: '2026-12-31',
        },
      ]);
    });
  });

  describe('title rows above the header', () => {
    it('should find the header below a merged title row and a note row, and number rows as Excel does', async () => {
      const file = await xlsxOf((sheet) => {
        sheet.mergeCells('A1:F1');
        sheet.getCell('A1').value = '2026年平安社区称号导入表';
        sheet.mergeCells('A2:F2');
        sheet.getCell('A2').value = {
          richText: [{ text: '说明：', font: { bold: true } }, { text: '红色为必填' }],
        };
        sheet.getRow(3).values = ['社区编码', '称号', '年度', '证书编号', '有效期至', '摘牌日期'];
        sheet.getRow(4).values = [
          'sx-c08',
          { text: '平安社区', hyperlink: 'https://example.invalid' },
          2023,
          'SX-TITLE-1',
        ];
        sheet.getRow(5).values = [
          'sx-c08',
          '文明社区',
          { formula: '2020+3', result: 2023 },
          'SX-TITLE-2',
          '2022-01-01',
        ];
      });

      const refused = await importTitles(file, 'titles.xlsx').expect(422);
      expect(refused.body.details.rows).toEqual([
        { row: 5, column: '有效期至', problem: "2022-01-01 is before the title's year 2023" },
      ]);

      const fixed = await workbookOf(file);
      fixed.worksheets[0].getCell('E5').value = '2026-12-31';
      await importTitles(Buffer.from(await fixed.xlsx.writeBuffer()), 'titles.xlsx').expect(201, {
        imported: 2,
      });
      expect(await titlesOf(['SX-TITLE-1', 'SX-TITLE-2'])).toEqual([
        expect.objectContaining({ title_kind: '平安社区', year: 2023 }),
        expect.objectContaining({ title_kind: '文明社区', year: 2023, valid_until: '2026-12-31' }),
      ]);
    });

    it('should say which rows it searched and what they must hold when no header is found', async () => {
      const response = await importTitles(
        ['2026年称号表', '说明', 'a,b,c', 'sx-c08,平安社区,2023'].join('\n'),
      ).expect(422);

      expect(response.body.details.rows).toEqual([
        {
          row: 1,
          column: '社区编码',
          problem:
            'no header row found in rows 1–4: one of the first 10 rows must hold the column names 社区编码 (community_id / 社区代码), 称号 (title_kind / 称号名称), 年度 (year), 证书编号 (certificate_number / 证书号)',
        },
      ]);
    });
  });

  describe('the jurisdictions import', () => {
    it('should read booleans as TRUE/FALSE cells or 1/0, and levels and kinds by Chinese or English labels', async () => {
      const file = await xlsxOf((sheet) => {
        sheet.addRow(['编码', '上级编码', '层级', '名称', '类型', '是否符合条件', '不符合原因']);
        sheet.addRow(['sx-j1', 'sx-s', 'community', '甲社区', 'urban', true, null]);
        sheet.addRow(['sx-j2', 'sx-s', '村', '乙村', '农村社区', false, '组织尚未建立']);
        sheet.addRow(['sx-j3', 'sx-s', '社区', '丙社区', '城市', 0, '组织\n尚未建立']);
      });

      await upload('/jurisdictions/import', admin, file, 'tree.xlsx').expect(201, {
        imported: 3,
        byLevel: { COMMUNITY: 3 },
      });

      const rows = await t.harness.dataSource.query<{ id: string; kind: string; eligible: boolean }[]>(
        `SELECT id, kind, eligible FROM jurisdiction WHERE id LIKE 'sx-j%' ORDER BY id`,
      );
      expect(rows).toEqual([
        { id: 'sx-j1', kind: 'URBAN', eligible: true },
        { id: 'sx-j2', kind: 'RURAL', eligible: false },
        { id: 'sx-j3', kind: 'URBAN', eligible: false },
      ]);
    });
  });

  describe('templates', () => {
    it('should serve every import template as .xlsx without a login, and 404 an unknown one', async () => {
      for (const kind of Object.keys(IMPORT_KINDS)) {
        const response = await t.http().get(`/imports/templates/${kind}`).buffer(true).expect(200);
        expect(response.headers['content-type']).toBe(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
        expect(response.headers['content-disposition']).toContain(`filename="${kind}-template.xlsx"`);
      }
      const unknown = await t.http().get('/imports/templates/nothing').expect(404);
      expect(unknown.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: 'No import template nothing',
        details: { kinds: Object.keys(IMPORT_KINDS) },
      });
    });

    const download = async (kind: string): Promise<Workbook> => {
      const response = await t
        .http()
        .get(`/imports/templates/${kind}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      return workbookOf(response.body as Buffer);
    };

    it('should import the titles template once filled in, with the sample row left in place', async () => {
      const workbook = await download('titles');
      const sheet = workbook.worksheets[0];
      sheet.getRow(5).values = ['sx-c10', '平安社区', 2024, 'SX-TPL-1', new Date(Date.UTC(2027, 11, 31))];
      sheet.getRow(6).values = ['sx-c11', '文明社区', 2025, '110101202512310001'];

      await importTitles(Buffer.from(await workbook.xlsx.writeBuffer()), '往年称号导入模板.xlsx').expect(
        201,
        { imported: 2 },
      );

      expect(await titlesOf(['110101202512310001', 'SX-TPL-1'])).toEqual([
        {
          community_id: 'sx-c11',
          title_kind: '文明社区',
          year: 2025,
          certificate_number: '110101202512310001',
          valid_until: null,
        },
        {
          community_id: 'sx-c10',
          title_kind: '平安社区',
          year: 2024,
          certificate_number: 'SX-TPL-1',
          valid_until: '2027-12-31',
        },
      ]);
    });

    it('should import the titles template with the sample row written over', async () => {
      const workbook = await download('titles');
      workbook.worksheets[0].getRow(4).values = [
        'sx-c12',
        '平安社区',
        2023,
        'SX-TPL-2',
        new Date(Date.UTC(2026, 11, 31)),
      ];

      await importTitles(Buffer.from(await workbook.xlsx.writeBuffer()), 'titles.xlsx').expect(201, {
        imported: 1,
      });
    });

    it('should import the jurisdictions template once filled in, choosing from its drop-down lists', async () => {
      const workbook = await download('jurisdictions');
      const sheet = workbook.worksheets[0];
      expect(sheet.getCell('C10').dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"省,市,区县,街道,社区"'],
      });
      sheet.getRow(5).values = ['sx-t1', 'sx-s', '社区', '模板社区', '城市社区', '是'];
      sheet.getRow(6).values = ['sx-t2', 'sx-s', '社区', '模板村', '农村社区', '否', '组织尚未建立'];

      await upload(
        '/jurisdictions/import',
        admin,
        Buffer.from(await workbook.xlsx.writeBuffer()),
        'tree.xlsx',
      ).expect(201, {
        imported: 2,
        byLevel: { COMMUNITY: 2 },
      });
    });

    it("should import the users template once filled in, the organizer's own street, passwords generated", async () => {
      const workbook = await download('users');
      const sheet = workbook.worksheets[0];
      expect(sheet.getCell('C10').dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"管理员,组织方,社区,检查员,观察"'],
      });
      sheet.getRow(5).values = ['sx-clerk-t1', '模板社区文员', '社区', 'sx-c10'];
      sheet.getRow(6).values = ['sx-insp-t1', '模板检查员', '检查员', 'sx-s', 'Template-pass-2026'];

      const response = await upload(
        '/users/import',
        organizer,
        Buffer.from(await workbook.xlsx.writeBuffer()),
        '用户账号导入模板.xlsx',
      ).expect(201);
      expect(response.body).toMatchObject({ imported: 2, byRole: { COMMUNITY: 1, INSPECTOR: 1 } });
      expect(
        (response.body as { generatedPasswords: { username: string }[] }).generatedPasswords.map(
          (generated) => generated.username,
        ),
      ).toEqual(['sx-clerk-t1']);
      const accounts = await t.harness.dataSource.query<
        { username: string; role: string; scope_id: string }[]
      >(`SELECT username, role, scope_id FROM app_user WHERE username LIKE 'sx-%-t1' ORDER BY username`);
      expect(accounts).toEqual([
        { username: 'sx-clerk-t1', role: 'COMMUNITY', scope_id: 'sx-c10' },
        { username: 'sx-insp-t1', role: 'INSPECTOR', scope_id: 'sx-s' },
      ]);
    });
  });
});
