import { STANDARD_LIMITS } from '../standard/standard-limits';
import { validateStandard } from '../standard/standard-validation';
import { StandardCategory, StandardItem } from '../standard/standard.types';
import { RowProblem } from './header-row';
import { columnLetter } from './upload-cell';
import type { Sheet } from '../progress/progress-table';
import { ImportRow, ImportRows } from './import-sheet';
import {
  STANDARD_COLUMNS,
  STANDARD_EVIDENCE_MAX_ENTRIES,
  STANDARD_EVIDENCE_MAX_LENGTH,
  StandardColumns,
} from './standard-columns';

/** The step of an item whose 计分步长 is left empty. */
export const DEFAULT_SCORE_STEP = 1;

/** A standard's items read from a sheet: the categories to review, or every problem by row and column. */
export interface StandardSheetReading {
  categories: StandardCategory[];
  problems: RowProblem[];
}

/** Where each item and category came from, to put validateStandard's problems back on their rows. */
interface RowIndex {
  categoryRows: number[];
  itemRows: number[][];
}

/**
 * Splits 佐证材料 into entries: one a line when the cell has line breaks (as the export writes it, so an
 * entry may hold a semicolon), else on semicolons, half- or full-width (；), as clerks type a list on one line.
 */
export function evidenceEntries(text: string | null): string[] {
  if (text === null) return [];
  return text
    .split(text.includes('\n') ? /\n+/ : /[;；]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * Builds a standard's categories from the rows of its sheet (read by STANDARD_COLUMNS) and checks them
 * with the same rules as a standard typed in (validateStandard), each problem put back on its row and
 * column. A row with an empty 类别 continues the category above it; without 类别编码 the categories are
 * coded A, B, C… in order. Rows with refused cells (`sheet.incomplete`) still carry their category down.
 * Problems of the sheet as a whole (no items, a kind of community with no scored item) sit on the header row.
 */
export function readStandardRows(sheet: ImportRows<StandardColumns>): StandardSheetReading {
  const { rows, incomplete, headerRow } = sheet;
  if (headerRow === 0) return { categories: [], problems: sheet.problems };
  const all = [
    ...rows.map((row) => ({ ...row, complete: true })),
    ...incomplete.map((row) => ({ ...row, complete: false })),
  ];
  all.sort((a, b) => a.row - b.row);
  const problems: RowProblem[] = [...sheet.problems];
  const categories: StandardCategory[] = [];
  const index: RowIndex = { categoryRows: [], itemRows: [] };
  const byKey = new Map<string, number>();
  const rowCounts: number[] = [];
  let current: number | null = null;
  for (const { row, values, complete } of all) {
    const title = values.categoryTitle ?? null;
    if (title !== null) {
      const code = values.categoryCode ?? null;
      const key = code ?? `title:${title}`;
      const known = byKey.get(key);
      if (known === undefined && categories.length === STANDARD_LIMITS.categories) {
        problems.push(tooManyCategories(row));
        break;
      }
      if (known === undefined) {
        categories.push({ code: code ?? columnLetter(categories.length + 1), title, items: [] });
        index.categoryRows.push(row);
        index.itemRows.push([]);
        current = categories.length - 1;
        rowCounts.push(0);
        byKey.set(key, current);
      } else {
        if (categories[known].title !== title) {
          const problem = `类别 ${key.replace(/^title:/, '')} 在第${index.categoryRows[known]}行名为 ${categories[known].title}；同一编码只能有一个类别名称`;
          problems.push({ row, column: STANDARD_COLUMNS.categoryTitle.header, problem });
        }
        current = known;
      }
    } else if (current === null) {
      const problem = '为空；第一个指标须填写类别（下面的行留空表示同上）';
      problems.push({ row, column: STANDARD_COLUMNS.categoryTitle.header, problem });
    }
    if (current === null) continue;
    rowCounts[current] += 1;
    if (rowCounts[current] > STANDARD_LIMITS.itemsPerCategory) {
      problems.push(tooManyItems(row, categories[current]));
      break;
    }
    if (!complete) continue;
    const item = itemOf(row, values as ImportRow<StandardColumns>['values'], problems);
    categories[current].items.push(item);
    index.itemRows[current].push(row);
  }
  if (all.length === 0) {
    problems.push({
      row: headerRow,
      column: STANDARD_COLUMNS.code.header,
      problem: '表头下面没有任何指标',
    });
  }
  return {
    categories,
    problems: [...problems, ...ruleProblems(categories, index, headerRow, problems.length > 0)],
  };
}

/**
 * The first row past POST /standards' limits (STANDARD_LIMITS) ends the reading: a sheet of 190,000 items
 * is refused on one row, not read into a body no one can review.
 */
function tooManyItems(row: number, category: StandardCategory): RowProblem {
  const limit = STANDARD_LIMITS.itemsPerCategory;
  return {
    row,
    column: STANDARD_COLUMNS.code.header,
    problem: `第${row}行超出上限：类别“${category.title}”（${category.code}）最多 ${limit} 项指标，从这一行起多出；请把多出的指标分到其他类别或删去`,
  };
}

function tooManyCategories(row: number): RowProblem {
  const limit = STANDARD_LIMITS.categories;
  return {
    row,
    column: STANDARD_COLUMNS.categoryTitle.header,
    problem: `第${row}行超出上限：一个标准最多 ${limit} 个类别，这一行是第 ${limit + 1} 个；请合并类别或删去多出的行`,
  };
}

function itemOf(
  row: number,
  values: ImportRow<StandardColumns>['values'],
  problems: RowProblem[],
): StandardItem {
  const evidence = evidenceEntries(values.evidence);
  const column = STANDARD_COLUMNS.evidence.header;
  if (evidence.length > STANDARD_EVIDENCE_MAX_ENTRIES) {
    problems.push({
      row,
      column,
      problem: `共 ${evidence.length} 项，最多 ${STANDARD_EVIDENCE_MAX_ENTRIES} 项`,
    });
  }
  const long = evidence.find((entry) => entry.length > STANDARD_EVIDENCE_MAX_LENGTH);
  if (long !== undefined) {
    problems.push({
      row,
      column,
      problem: `有一项超过 ${STANDARD_EVIDENCE_MAX_LENGTH} 个字：${long.slice(0, 20)}…`,
    });
  }
  return {
    code: values.code,
    title: values.title,
    maxScore: Number(values.maxScore),
    scoreStep: values.scoreStep === null ? DEFAULT_SCORE_STEP : Number(values.scoreStep),
    appliesTo: values.appliesTo ?? 'BOTH',
    evidence,
    veto: values.veto ?? false,
  };
}

const ITEM_FIELD_COLUMNS: Record<string, keyof StandardColumns> = {
  code: 'code',
  title: 'title',
  maxScore: 'maxScore',
  scoreStep: 'scoreStep',
  appliesTo: 'appliesTo',
  veto: 'veto',
  evidence: 'evidence',
};

/** validateStandard's item and category problems, on the sheet's rows; the standard's own fields are not the sheet's. */
function ruleProblems(
  categories: StandardCategory[],
  index: RowIndex,
  headerRow: number,
  rowsRefused: boolean,
): RowProblem[] {
  if (categories.length === 0) return [];
  const draft = {
    code: 'SHEET',
    version: 1,
    title: 'sheet',
    titleKind: 'sheet',
    categories,
    tiers: [{ name: 'sheet', minTotal: 0 }],
  };
  return validateStandard(draft).flatMap((problem): RowProblem[] => {
    const item = /^categories\[(\d+)\]\.items\[(\d+)\]\.(\w+)/.exec(problem.field);
    if (item !== null) {
      const column = STANDARD_COLUMNS[ITEM_FIELD_COLUMNS[item[3]] ?? 'code'];
      const row = index.itemRows[Number(item[1])][Number(item[2])];
      const first = /already used at categories\[(\d+)\]\.items\[(\d+)\]/.exec(problem.message);
      const message =
        first === null
          ? problem.message
          : `指标编码 ${categories[Number(item[1])].items[Number(item[2])].code} 与第${index.itemRows[Number(first[1])][Number(first[2])]}行重复；指标编码在整个标准内须唯一`;
      return [{ row, column: column.header, problem: message }];
    }
    const category = /^categories\[(\d+)\]\.(\w+)$/.exec(problem.field);
    // A category left without items, or a kind left unscored, because its rows were refused says nothing new.
    if (rowsRefused && (category?.[2] === 'items' || problem.field === 'categories')) return [];
    if (category !== null) {
      const column = category[2] === 'code' ? STANDARD_COLUMNS.categoryCode : STANDARD_COLUMNS.categoryTitle;
      const first = /already used at categories\[(\d+)\]$/.exec(problem.message.replace(/;.*$/, ''));
      const message =
        first === null
          ? problem.message
          : `类别编码 ${categories[Number(category[1])].code} 与第${index.categoryRows[Number(first[1])]}行重复；类别编码须唯一`;
      return [{ row: index.categoryRows[Number(category[1])], column: column.header, problem: message }];
    }
    // What is left concerns the whole sheet (a kind of community with no scored item).
    return problem.field === 'categories'
      ? [{ row: headerRow, column: STANDARD_COLUMNS.appliesTo.header, problem: problem.message }]
      : [];
  });
}

/**
 * 佐证材料 as the export writes it, so it reads back the same (evidenceEntries): one entry a line; a lone
 * entry holding a semicolon ends with a line break, which tells the import not to split it there.
 */
export function evidenceCell(evidence: readonly string[]): string {
  const text = evidence.join('\n');
  return evidence.length === 1 && /[;；]/.test(text) ? `${text}\n` : text;
}

/** The standard's items as its sheet: STANDARD_COLUMNS' headers, one row per item, evidence a line each. */
export function standardSheet(categories: StandardCategory[], name: string): Sheet {
  const applies = Object.fromEntries(STANDARD_COLUMNS.appliesTo.options.map((o) => [o.value, o.labels[0]]));
  const rows = categories.flatMap((category) =>
    category.items.map((item) => [
      category.title,
      category.code,
      item.code,
      item.title,
      item.maxScore,
      item.scoreStep,
      applies[item.appliesTo] ?? item.appliesTo,
      item.veto ? '是' : '否',
      evidenceCell(item.evidence),
    ]),
  );
  return { name, headers: Object.values(STANDARD_COLUMNS).map((column) => column.header), rows };
}
