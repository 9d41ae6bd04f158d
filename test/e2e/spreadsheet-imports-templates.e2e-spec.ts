import { Workbook } from 'exceljs';
import { IMPORT_KINDS } from '../../apps/api/src/imports/import-kinds';
import {
  admin,
  importTitles,
  organizer,
  t,
  titlesOf,
  upload,
  useSpreadsheetWorld,
  workbookOf,
} from '../support/spreadsheet-world';

// Spreadsheets as Chinese Excel writes them (issue 10 §1), through the real import endpoints; the sx- tree
// and the helpers are in test/support/spreadsheet-world.ts, the other groups in spreadsheet-imports-*.
// Here: the downloadable templates, filled in and imported.
describe('Spreadsheet imports as Chinese Excel writes them', () => {
  useSpreadsheetWorld();

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
