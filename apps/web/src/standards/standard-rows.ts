import type { ItemApplicability, StandardCategory } from '@app/domain';

/** 适用社区 in the words of the sheet's drop-down list. */
export const APPLIES_LABELS: Record<ItemApplicability, string> = {
  BOTH: '城乡通用',
  URBAN: '城市社区',
  RURAL: '农村社区',
};

/** One line of the editable items table: an item with its category beside it, as a sheet has it. */
export interface ItemRow {
  key: string;
  categoryCode: string;
  categoryTitle: string;
  code: string;
  title: string;
  maxScore: number | null;
  scoreStep: number | null;
  appliesTo: ItemApplicability;
  veto: boolean;
  /** Entries separated by ；or line breaks, as the sheet's 佐证材料 column. */
  evidence: string;
}

/** A problem of the table, by its line (1-based) and the column's Chinese header. */
export interface TableProblem {
  row: number;
  column: string;
  problem: string;
}

let nextKey = 0;
/** A key for a new line; lines keep their key while edited so inputs keep their focus. */
export function newRowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

/** The categories as table lines, in order. */
export function rowsOf(categories: StandardCategory[]): ItemRow[] {
  return categories.flatMap((category) =>
    category.items.map((item) => ({
      key: newRowKey(),
      categoryCode: category.code,
      categoryTitle: category.title,
      code: item.code,
      title: item.title,
      maxScore: item.maxScore,
      scoreStep: item.scoreStep,
      appliesTo: item.appliesTo,
      veto: item.veto,
      evidence: item.evidence.join('；'),
    })),
  );
}

/**
 * The table lines as the API's categories: lines with the same category code form one category, in the
 * order the codes first appear (its title is the first line's). `lineOf[c][i]` is the line (1-based) of
 * categories[c].items[i], to put the API's problems back on the table.
 */
export function categoriesOf(rows: ItemRow[]): { categories: StandardCategory[]; lineOf: number[][] } {
  const categories: StandardCategory[] = [];
  const lineOf: number[][] = [];
  const index = new Map<string, number>();
  rows.forEach((row, line) => {
    const code = row.categoryCode.trim();
    let at = index.get(code);
    if (at === undefined) {
      at = categories.length;
      index.set(code, at);
      categories.push({ code, title: row.categoryTitle.trim(), items: [] });
      lineOf.push([]);
    }
    categories[at].items.push({
      code: row.code.trim(),
      title: row.title.trim(),
      maxScore: row.maxScore ?? Number.NaN,
      scoreStep: row.scoreStep ?? Number.NaN,
      appliesTo: row.appliesTo,
      veto: row.veto,
      evidence: row.evidence
        .split(/[\n;；]+/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ''),
    });
    lineOf[at].push(line + 1);
  });
  return { categories, lineOf };
}

const COLUMN_OF: Record<string, string> = {
  code: '指标编码',
  title: '指标内容',
  maxScore: '分值',
  scoreStep: '计分步长',
  appliesTo: '适用社区',
  veto: '一票否决',
  evidence: '佐证材料',
};

/** An API problem (`categories[0].items[2].maxScore`) on the table's line and column, or null if not an item's. */
export function tableProblemOf(field: string, problem: string, lineOf: number[][]): TableProblem | null {
  const item = /^categories\[(\d+)\]\.items\[(\d+)\]\.?(\w*)/.exec(field);
  if (item !== null) {
    const row = lineOf[Number(item[1])]?.[Number(item[2])];
    return row === undefined ? null : { row, column: COLUMN_OF[item[3]] ?? '指标', problem };
  }
  const category = /^categories\[(\d+)\]\.(\w+)/.exec(field);
  if (category === null) return null;
  const row = lineOf[Number(category[1])]?.[0];
  const column = category[2] === 'title' ? '类别' : '类别编码';
  return row === undefined ? null : { row, column, problem };
}
