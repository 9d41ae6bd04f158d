import { Workbook } from 'exceljs';
import { columnChoices, ImportColumn, readImportRows } from '@app/domain';
import { IMPORT_KINDS } from '../imports/import-kinds';
import { TEMPLATE_HEADER_ROW, TEMPLATE_SAMPLE_ROW, writeImportTemplate } from './import-template';
import { readSpreadsheet } from './spreadsheet';

async function load(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
  );
  return workbook;
}

/** What a clerk types into a fresh row: the sample's values with every code made new. */
function filledValue(column: ImportColumn): string | number | Date | null {
  if (column.example === null) return null;
  if (column.type === 'code') return `${String(column.example)}-new`;
  if (column.type === 'date') return new Date(`${String(column.example)}T00:00:00Z`);
  if (column.type === 'boolean') return column.example === true ? '是' : '否';
  return column.example as string | number;
}

describe(writeImportTemplate.name, () => {
  describe.each(Object.values(IMPORT_KINDS))('the $kind template', (kind) => {
    const columns = Object.values(kind.columns);
    let workbook: Workbook;

    beforeAll(async () => {
      workbook = await load(await writeImportTemplate(kind));
    });

    it('should hold a merged title row, a note, the header and a sample row, then a 填写说明 sheet', () => {
      const [sheet, notes] = workbook.worksheets;
      expect(sheet.name).toBe(kind.sheetName);
      expect(sheet.getCell('A1').value).toBe(kind.title);
      expect(sheet.getCell('B1').isMerged).toBe(true);
      expect(sheet.getCell('A2').text).toContain('填写说明');
      expect(sheet.getRow(TEMPLATE_HEADER_ROW).values).toEqual([undefined, ...columns.map((c) => c.header)]);
      expect(notes.name).toBe('填写说明');
      expect(notes.getColumn(1).values.slice(2, 2 + columns.length)).toEqual(columns.map((c) => c.header));
    });

    it('should give code and text columns the 文本 format and enumerations a drop-down list', () => {
      const sheet = workbook.worksheets[0];
      columns.forEach((column, index) => {
        const cell = sheet.getRow(TEMPLATE_SAMPLE_ROW + 10).getCell(index + 1);
        if (column.type === 'code' || column.type === 'text') expect(cell.numFmt).toBe('@');
        const choices = columnChoices(column);
        if (choices !== null) {
          expect(cell.dataValidation).toMatchObject({ type: 'list', formulae: [`"${choices.join(',')}"`] });
        }
      });
    });

    it('should import cleanly once filled in below the sample row', async () => {
      const sheet = workbook.worksheets[0];
      sheet.getRow(TEMPLATE_SAMPLE_ROW + 1).values = columns.map(filledValue);
      const filled = Buffer.from(await workbook.xlsx.writeBuffer());

      const upload = await readSpreadsheet({
        originalname: 'filled.xlsx',
        mimetype: '',
        size: filled.length,
        buffer: filled,
      });
      const read = readImportRows(upload.records, kind.columns);

      expect(read.problems).toEqual([]);
      expect(read.headerRow).toBe(TEMPLATE_HEADER_ROW);
      expect(read.rows.map((row) => row.row)).toEqual([TEMPLATE_SAMPLE_ROW + 1]);
    });
  });
});
