import {
  admin,
  importTitles,
  t,
  TITLE_HEADER,
  titlesOf,
  upload,
  useSpreadsheetWorld,
  workbookOf,
  xlsxOf,
} from '../support/spreadsheet-world';

// Spreadsheets as Chinese Excel writes them (issue 10 §1), through the real import endpoints; the sx- tree
// and the helpers are in test/support/spreadsheet-world.ts, the other groups in spreadsheet-imports-*.
// Here: dates, full-width characters, title rows above the header, the jurisdictions import.
describe('Spreadsheet imports as Chinese Excel writes them', () => {
  useSpreadsheetWorld();

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
        '应填：日期，如 2026-12-31、2026/12/31、2026年12月31日、2026.12.31、20261231 或日期单元格';
      expect(response.body.details.rows).toEqual([
        {
          row: 2,
          column: '有效期至',
          cell: 'E2',
          problem: `2026-02-30 不是日历上存在的日期；${forms}`,
        },
        { row: 3, column: '有效期至', cell: 'E3', problem: `无法把 12/31/2026 识别为日期；${forms}` },
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
        { row: 5, column: '有效期至', cell: 'E5', problem: '2022-01-01 早于称号的年度 2023' },
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
            '第1–4行中找不到表头：前 10 行中须有一行写明列名 社区编码 (community_id / 社区代码)、称号 (title_kind / 称号名称)、年度 (year)、证书编号 (certificate_number / 证书号)',
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
});
