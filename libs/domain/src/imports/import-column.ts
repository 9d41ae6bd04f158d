/**
 * One home for each column of an import: its Chinese header (used in every message and in the template),
 * the other headers accepted, its type, whether it is required, an example and a note for the clerk. The
 * importer, the template and the README's tables all come from these definitions.
 */
interface ColumnBase {
  /** The header in the template and in every message, e.g. 证书编号. */
  header: string;
  /** Other headers accepted (English names, old names); matched ignoring case, spaces and a '*'. */
  aliases: readonly string[];
  /** Every data row must fill this cell (and so the header must have the column). */
  required: boolean;
  /** The header must have the column even though a cell may be empty (上级编码 is empty for a province). */
  headerRequired?: boolean;
  /** What a clerk should write, shown in the template's notes and on the header cell. */
  note: string;
  /** The template's sample row; null leaves the cell empty. */
  example: string | number | boolean | null;
}

/**
 * An identifier (community code, certificate number): kept exactly as written. A number cell is taken
 * only when Excel kept every digit (15 significant digits at most); otherwise the column must be 文本.
 */
export interface CodeColumn extends ColumnBase {
  type: 'code';
  maxLength: number;
}

/** Free text such as a name or a reason; `multiline` lets it keep line breaks typed with Alt+Enter. */
export interface TextColumn extends ColumnBase {
  type: 'text';
  maxLength: number;
  multiline?: boolean;
  /**
   * A multiline cell keeps a line break at its end (spaces are still trimmed): the mark of a one-line list
   * of entries written one a line (佐证材料 holding one entry with a semicolon, see evidenceEntries).
   */
  keepEndLineBreak?: boolean;
}

/** A whole number within bounds; `unit` may follow it (2023年 in a year column). */
export interface IntegerColumn extends ColumnBase {
  type: 'integer';
  min: number;
  max: number;
  unit?: string;
}

/** A decimal within bounds, kept as its exact text (e.g. '2.5'), with at most `maxDecimals` places. */
export interface DecimalColumn extends ColumnBase {
  type: 'decimal';
  min: number;
  max: number;
  maxDecimals: number;
}

/** A calendar day, read as 'YYYY-MM-DD' (see office-date.ts for the forms accepted). */
export interface DateColumn extends ColumnBase {
  type: 'date';
}

/** 是/否 (also TRUE/FALSE, 1/0, Y/N, √/×). */
export interface BooleanColumn extends ColumnBase {
  type: 'boolean';
}

/** One value of an enumeration and the words a sheet may use for it; the first label is the template's. */
export interface EnumOption<V extends string = string> {
  value: V;
  labels: readonly string[];
}

/** One of a fixed list, written with any label of an option or the value itself (case ignored). */
export interface EnumColumn<V extends string = string> extends ColumnBase {
  type: 'enum';
  options: readonly EnumOption<V>[];
}

export type ImportColumn =
  CodeColumn | TextColumn | IntegerColumn | DecimalColumn | DateColumn | BooleanColumn | EnumColumn;

/** The columns of one import, by the key the code uses, in the template's order. */
export type ImportColumns = Readonly<Record<string, ImportColumn>>;

/** The value a column yields: numbers for integers, booleans, an enumeration's value, text otherwise. */
export type ColumnValue<C extends ImportColumn> =
  C extends EnumColumn<infer V>
    ? V
    : C extends IntegerColumn
      ? number
      : C extends BooleanColumn
        ? boolean
        : string;

/** A row's values by column key; an optional column left empty is null. */
export type RowValues<Cs extends ImportColumns> = {
  [K in keyof Cs]: Cs[K]['required'] extends true ? ColumnValue<Cs[K]> : ColumnValue<Cs[K]> | null;
};

/** The forms of a date a sheet may hold, for messages and notes. */
export const DATE_FORMS = '2026-12-31、2026/12/31、2026年12月31日、2026.12.31、20261231 或日期单元格';

/** What a column expects, in a clerk's words: "a whole number from 1949 to 2100, e.g. 2023". */
export function columnExpectation(column: ImportColumn): string {
  const example = column.example === null ? '' : `，如 ${String(column.example)}`;
  switch (column.type) {
    case 'code':
      return `不超过 ${column.maxLength} 个字符的编码，以文本填写${example}`;
    case 'text':
      return `不超过 ${column.maxLength} 个字的文字${example}`;
    case 'integer':
      return `${column.min} 到 ${column.max} 之间的整数${example}`;
    case 'decimal':
      return `${column.min} 到 ${column.max} 之间、最多 ${column.maxDecimals} 位小数的数字${example}`;
    case 'date':
      return `日期，如 ${DATE_FORMS}`;
    case 'boolean':
      return '是或否（也可填 TRUE/FALSE、1/0）';
    case 'enum':
      return `${enumLabels(column).join('、')} 之一（或 ${column.options.map((o) => o.value).join('、')}）`;
  }
}

/** The label of each option a template offers in its drop-down list. */
export function enumLabels(column: EnumColumn): string[] {
  return column.options.map((option) => option.labels[0] ?? option.value);
}

/** The drop-down list a template offers for a column, or null for columns typed freely. */
export function columnChoices(column: ImportColumn): string[] | null {
  if (column.type === 'enum') return enumLabels(column);
  return column.type === 'boolean' ? ['是', '否'] : null;
}
