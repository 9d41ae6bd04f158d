import {
  childPath,
  JurisdictionLevel,
  JurisdictionNodeInput,
  validateJurisdictionNode,
} from '../jurisdiction/jurisdiction';
import { RowProblem } from './header-row';
import { ImportColumns } from './import-column';
import { duplicatesInFile, ImportRow, PartialImportRow } from './import-sheet';

/** The columns of a jurisdictions file (行政区划与社区). */
export const JURISDICTION_COLUMNS = {
  id: {
    header: '编码',
    aliases: ['id'],
    required: true,
    type: 'code',
    maxLength: 64,
    example: 'c-21',
    note: '本节点的编码：字母、数字或 -，最多 64 位，全系统唯一',
  },
  parentId: {
    header: '上级编码',
    aliases: ['parent_id'],
    required: false,
    headerRequired: true,
    type: 'code',
    maxLength: 64,
    example: 'sfjd',
    note: '上级节点的编码：须已在系统中，或在本表更靠前的行；省级留空',
  },
  level: {
    header: '层级',
    aliases: ['level'],
    required: true,
    type: 'enum',
    options: [
      { value: 'PROVINCE', labels: ['省', '省级'] },
      { value: 'CITY', labels: ['市', '地级市'] },
      { value: 'DISTRICT', labels: ['区县', '区', '县', '县级市'] },
      { value: 'STREET', labels: ['街道', '乡镇', '镇', '乡'] },
      { value: 'COMMUNITY', labels: ['社区', '村', '社区/村'] },
    ],
    example: '社区',
    note: '比上级低一级：省 › 市 › 区县 › 街道 › 社区',
  },
  name: {
    header: '名称',
    aliases: ['name'],
    required: true,
    type: 'text',
    maxLength: 100,
    example: '新华社区',
    note: '全称，如 新华社区、示范街道',
  },
  kind: {
    header: '类型',
    aliases: ['kind'],
    required: false,
    type: 'enum',
    options: [
      { value: 'URBAN', labels: ['城市社区', '城市'] },
      { value: 'RURAL', labels: ['农村社区', '农村'] },
    ],
    example: '城市社区',
    note: '仅社区（村）填写：城市社区 或 农村社区',
  },
  eligible: {
    header: '是否符合条件',
    aliases: ['eligible'],
    required: false,
    type: 'boolean',
    example: true,
    note: '仅社区（村）填写：是 或 否，空为 是；否 表示不计入目标分母',
  },
  ineligibleReason: {
    header: '不符合原因',
    aliases: ['ineligible_reason'],
    required: false,
    type: 'text',
    maxLength: 200,
    multiline: true,
    example: null,
    note: '“是否符合条件”为 否 时必填，如 组织尚未建立',
  },
} as const satisfies ImportColumns;

type JurisdictionColumns = typeof JURISDICTION_COLUMNS;
type JurisdictionColumn = keyof JurisdictionColumns;

/** A node that passed every check, with its materialised path. */
export interface JurisdictionImportRecord extends JurisdictionNodeInput {
  row: number;
  path: string;
}

/** What the database knows: existing nodes among the file's ids and parent ids. */
export interface JurisdictionImportContext {
  existing: Map<string, { level: JurisdictionLevel; path: string }>;
}

/** Every id and parent id the file names, to look up in one query. */
export function jurisdictionImportReferences(
  rows: { values: Partial<{ id: string | null; parentId: string | null }> }[],
): string[] {
  const ids = rows.flatMap((row) => [row.values.id, row.values.parentId]);
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/**
 * Checks the file as a whole: each parent must exist already or come earlier in the file, levels step
 * down one at a time, communities carry a kind; paths are computed from the parents'. An `incomplete`
 * row (cells already refused) still places its id, so its children are not reported as orphans.
 */
export function validateJurisdictionRows(
  rows: ImportRow<JurisdictionColumns>[],
  incomplete: PartialImportRow<JurisdictionColumns>[],
  context: JurisdictionImportContext,
): { records: JurisdictionImportRecord[]; problems: RowProblem[] } {
  const placed = new Map<string, { level: JurisdictionLevel; path: string } | null>();
  const records: JurisdictionImportRecord[] = [];
  const problems: RowProblem[] = duplicatesInFile(
    [...rows, ...incomplete],
    'id',
    JURISDICTION_COLUMNS.id.header,
  );
  const byRow = [
    ...rows.map((row) => ({ complete: row })),
    ...incomplete.map((row) => ({ partial: row })),
  ].sort(
    (a, b) =>
      ('complete' in a ? a.complete.row : a.partial.row) - ('complete' in b ? b.complete.row : b.partial.row),
  );
  for (const entry of byRow) {
    if ('partial' in entry) {
      if (entry.partial.values.id) placed.set(entry.partial.values.id, null);
      continue;
    }
    const { row, values } = entry.complete;
    const node: JurisdictionNodeInput = { ...values, eligible: values.eligible ?? true };
    const parent =
      node.parentId === null ? null : (context.existing.get(node.parentId) ?? placed.get(node.parentId));
    problems.push(...placementProblems(row, node, parent, context));
    // A parent on a refused row has no known level or path: its children are checked once it is fixed.
    if (parent === null && node.parentId !== null) continue;
    const nodeProblems = validateJurisdictionNode(
      node,
      parent === undefined ? undefined : (parent?.level ?? null),
    );
    problems.push(...nodeProblems.map((p) => ({ row, column: headerOf(p.field), problem: p.message })));
    // Placed even with problems, so its children are checked against it rather than reported as orphans.
    if (parent !== undefined) {
      const path = childPath(parent?.path ?? null, node.id);
      placed.set(node.id, { level: node.level, path });
      records.push({ ...node, row, path });
    }
  }
  if (problems.length > 0) return { records: [], problems: problems.sort((a, b) => a.row - b.row) };
  return { records, problems: [] };
}

function placementProblems(
  row: number,
  node: { id: string; parentId: string | null },
  parent: { level: JurisdictionLevel; path: string } | null | undefined,
  context: JurisdictionImportContext,
): RowProblem[] {
  const problems: RowProblem[] = [];
  if (context.existing.has(node.id)) {
    problems.push({ row, column: JURISDICTION_COLUMNS.id.header, problem: `${node.id} 已存在` });
  }
  if (parent === undefined) {
    problems.push({
      row,
      column: JURISDICTION_COLUMNS.parentId.header,
      problem: `没有行政区划 ${node.parentId}；上级须已存在或写在前面的行`,
    });
  }
  return problems;
}

/** The column a node problem (named by its input field) belongs to. */
function headerOf(field: string): string {
  return field in JURISDICTION_COLUMNS ? JURISDICTION_COLUMNS[field as JurisdictionColumn].header : field;
}
