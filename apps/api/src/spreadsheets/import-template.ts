import { DataValidation, Workbook, Worksheet } from 'exceljs';
import {
  columnChoices,
  columnExpectation,
  columnLetter,
  DATE_FORMS,
  exampleText,
  HEADER_SEARCH_ROWS,
  ImportColumn,
} from '@app/domain';
import type { ImportKind } from '../imports/import-kinds';
import { MAX_IMPORT_ROWS, UPLOAD_LIMIT_BYTES } from './spreadsheet';

/** Rows of the template: a title, a note, the header, the sample, then the clerk's rows. */
export const TEMPLATE_TITLE_ROW = 1;
export const TEMPLATE_HEADER_ROW = 3;
export const TEMPLATE_SAMPLE_ROW = 4;
/** How far down the drop-down lists and text formats reach. */
const TEMPLATE_LAST_ROW = 2000;
const REQUIRED_RED = 'FFC00000';

/** Excel keeps a cell format for a column; '@' is 文本 (Text), so long numbers keep every digit. */
function numberFormat(column: ImportColumn): string | undefined {
  if (column.type === 'code' || column.type === 'text') return '@';
  return column.type === 'date' ? 'yyyy-mm-dd' : undefined;
}

function validation(column: ImportColumn): DataValidation | null {
  const choices = columnChoices(column);
  const base = { allowBlank: !column.required, showErrorMessage: true, errorTitle: column.header };
  if (choices !== null) {
    // An inline list must stay under Excel's 255 characters; enumerations here are short.
    return {
      ...base,
      type: 'list',
      formulae: [`"${choices.join(',')}"`],
      error: `请从下拉列表中选择：${choices.join('、')}`,
    };
  }
  switch (column.type) {
    case 'integer':
    case 'decimal':
      return {
        ...base,
        type: column.type === 'integer' ? 'whole' : 'decimal',
        operator: 'between',
        formulae: [column.min, column.max],
        error: `请填写 ${column.min} 到 ${column.max} 之间的数字`,
      };
    case 'code':
    case 'text':
      return {
        ...base,
        type: 'textLength',
        operator: 'lessThanOrEqual',
        formulae: [column.maxLength],
        error: `最多 ${column.maxLength} 个字符`,
      };
    default:
      return null;
  }
}

/** The sample value as a cell: dates as date cells, years as numbers, like a clerk would enter them. */
function exampleCell(column: ImportColumn): string | number | Date | null {
  if (column.example === null) return null;
  if (column.type === 'date') return new Date(`${exampleText(column)}T00:00:00Z`);
  return typeof column.example === 'number' ? column.example : exampleText(column);
}

function formatLabel(column: ImportColumn): string {
  switch (column.type) {
    case 'code':
      return '文本（编码）';
    case 'text':
      return '文本';
    case 'integer':
      return column.unit === '年' ? '年份（数字）' : '整数';
    case 'decimal':
      return '数字';
    case 'date':
      return '日期';
    case 'boolean':
      return '是/否';
    case 'enum':
      return '选项';
  }
}

function addDataSheet(workbook: Workbook, kind: ImportKind, columns: ImportColumn[]): void {
  const sheet = workbook.addWorksheet(kind.sheetName, {
    views: [{ state: 'frozen', ySplit: TEMPLATE_HEADER_ROW }],
  });
  const last = columnLetter(columns.length);
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = Math.max(14, column.header.length * 3 + 4);
    const format = numberFormat(column);
    if (format !== undefined) sheetColumn.numFmt = format;
  });
  sheet.mergeCells(`A${TEMPLATE_TITLE_ROW}:${last}${TEMPLATE_TITLE_ROW}`);
  const title = sheet.getCell(`A${TEMPLATE_TITLE_ROW}`);
  title.value = kind.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(TEMPLATE_TITLE_ROW).height = 30;
  sheet.mergeCells(`A2:${last}2`);
  const note = sheet.getCell('A2');
  note.value = templateNote(kind);
  note.alignment = { wrapText: true, vertical: 'top' };
  note.font = { size: 10, color: { argb: 'FF595959' } };
  sheet.getRow(2).height = 64;
  writeHeaderAndSample(sheet, columns);
  columns.forEach((column, index) => {
    const rule = validation(column);
    const letter = columnLetter(index + 1);
    if (rule !== null)
      rangeValidations(sheet).add(`${letter}${TEMPLATE_SAMPLE_ROW}:${letter}${TEMPLATE_LAST_ROW}`, rule);
  });
}

/** exceljs writes a range's validation as one sqref, but its typings only offer the per-cell setter. */
function rangeValidations(sheet: Worksheet): { add(range: string, rule: DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, rule: DataValidation): void } })
    .dataValidations;
}

function writeHeaderAndSample(sheet: Worksheet, columns: ImportColumn[]): void {
  const header = sheet.getRow(TEMPLATE_HEADER_ROW);
  const sample = sheet.getRow(TEMPLATE_SAMPLE_ROW);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true, color: column.required ? { argb: REQUIRED_RED } : undefined };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.note = `${column.required ? '必填' : '选填'}。${column.note}`;
    const example = sample.getCell(index + 1);
    example.value = exampleCell(column);
    example.font = { italic: true, color: { argb: 'FF808080' } };
  });
}

function templateNote(kind: ImportKind): string {
  return [
    `填写说明：红色表头为必填列；第 ${TEMPLATE_SAMPLE_ROW} 行是示例，原样保留时导入会跳过它，也可直接改写；从第 ${TEMPLATE_SAMPLE_ROW + 1} 行起每行一条，勿改动表头。`,
    `编码、证书编号等列已设为文本格式，长数字请勿改回数值（Excel 只保留 15 位）；日期写作 ${DATE_FORMS.split(', ').slice(0, 3).join('、')}。`,
    `各列说明见“填写说明”工作表。填好后上传：${kind.endpoint}（${kind.roles}）。`,
  ].join('\n');
}

function addNotesSheet(workbook: Workbook, kind: ImportKind, columns: ImportColumn[]): void {
  const sheet = workbook.addWorksheet('填写说明');
  sheet.columns = [
    { header: '列名', width: 16 },
    { header: '是否必填', width: 10 },
    { header: '格式', width: 14 },
    { header: '可填写', width: 48 },
    { header: '示例', width: 16 },
    { header: '说明', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const column of columns) {
    const aliases = column.aliases.length > 0 ? `；表头也可写作 ${column.aliases.join(' / ')}` : '';
    sheet.addRow([
      column.header,
      column.required ? '必填' : '选填',
      formatLabel(column),
      columnExpectation(column),
      exampleText(column),
      `${column.note}${aliases}`,
    ]);
  }
  sheet.addRow([]);
  for (const line of generalNotes(kind)) sheet.addRow([line]);
  sheet.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
}

function generalNotes(kind: ImportKind): string[] {
  return [
    `上传 ${kind.endpoint}：.xlsx（只读第一个工作表）或 .csv（UTF-8、GBK/GB18030 或 UTF-16 编码，逗号或制表符分隔），最大 ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB、${MAX_IMPORT_ROWS} 行。`,
    `表头可在前 ${HEADER_SEARCH_ROWS} 行内（上方可有标题行、说明行）；列的顺序不限，多余的列不读。`,
    '全角字符（如 ２０２３、c-０９）按半角读取，单元格首尾空格忽略；控制字符、乱码（�）不接受。',
    '任何一格有误，整个文件都不导入：返回的每条问题写明行号（与 Excel 行号一致）、列名和单元格（如 D5）。',
  ];
}

/** The .xlsx template of an import, built from the same column definitions the importer reads with. */
export async function writeImportTemplate(kind: ImportKind): Promise<Buffer> {
  const columns = Object.values(kind.columns);
  const workbook = new Workbook();
  workbook.creator = 'chuangjian';
  addDataSheet(workbook, kind, columns);
  addNotesSheet(workbook, kind, columns);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
