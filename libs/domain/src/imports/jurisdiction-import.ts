import type { CommunityKind } from '../standard/standard.types';
import {
  childPath,
  JURISDICTION_LEVELS,
  JurisdictionLevel,
  JurisdictionNodeInput,
  validateJurisdictionNode,
} from '../jurisdiction/jurisdiction';
import { duplicatesInFile, ImportColumn, KeyedRow, RowProblem } from './import-sheet';

type JurisdictionColumn = 'id' | 'parentId' | 'level' | 'name' | 'kind' | 'eligible' | 'ineligibleReason';

/** The columns of a jurisdictions file (行政区划与社区). */
export const JURISDICTION_COLUMNS: ImportColumn<JurisdictionColumn>[] = [
  { key: 'id', header: '编码', aliases: ['id'], required: true },
  { key: 'parentId', header: '上级编码', aliases: ['parent_id'], required: true },
  { key: 'level', header: '层级', aliases: ['level'], required: true },
  { key: 'name', header: '名称', aliases: ['name'], required: true },
  { key: 'kind', header: '类型', aliases: ['kind'], required: false },
  { key: 'eligible', header: '是否符合条件', aliases: ['eligible'], required: false },
  { key: 'ineligibleReason', header: '不符合原因', aliases: ['ineligible_reason'], required: false },
];

const HEADER = Object.fromEntries(
  JURISDICTION_COLUMNS.map((column) => [column.key, column.header]),
) as Record<JurisdictionColumn, string>;

const LEVEL_WORDS: Record<string, JurisdictionLevel> = {
  省: 'PROVINCE',
  市: 'CITY',
  区: 'DISTRICT',
  县: 'DISTRICT',
  区县: 'DISTRICT',
  街道: 'STREET',
  乡镇: 'STREET',
  社区: 'COMMUNITY',
  村: 'COMMUNITY',
};
const KIND_WORDS: Record<string, CommunityKind> = {
  URBAN: 'URBAN',
  RURAL: 'RURAL',
  城市: 'URBAN',
  城市社区: 'URBAN',
  农村: 'RURAL',
  农村社区: 'RURAL',
};
const YES = ['', 'true', 'yes', '1', '是'];
const NO = ['false', 'no', '0', '否'];

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
export function jurisdictionImportReferences(rows: KeyedRow<JurisdictionColumn>[]): string[] {
  return [...new Set(rows.flatMap((row) => [row.values.id, row.values.parentId]).filter(Boolean))];
}

/**
 * Checks the file as a whole: each parent must exist already or come earlier in the file, levels step
 * down one at a time, communities carry a kind; paths are computed from the parents'.
 */
export function validateJurisdictionRows(
  rows: KeyedRow<JurisdictionColumn>[],
  context: JurisdictionImportContext,
): { records: JurisdictionImportRecord[]; problems: RowProblem[] } {
  const placed = new Map<string, { level: JurisdictionLevel; path: string }>();
  const records: JurisdictionImportRecord[] = [];
  const problems: RowProblem[] = duplicatesInFile(rows, 'id', HEADER.id);
  for (const row of rows) {
    const { node, problems: cellProblems } = nodeOf(row);
    const parent =
      node.parentId === null ? null : (context.existing.get(node.parentId) ?? placed.get(node.parentId));
    const rowProblems = [...cellProblems, ...placementProblems(row.row, node, parent, context)];
    if (node.level !== null) {
      const nodeProblems = validateJurisdictionNode(
        { ...node, level: node.level },
        parent === undefined ? undefined : (parent?.level ?? null),
      );
      rowProblems.push(
        ...nodeProblems.map((p) => ({ row: row.row, column: columnOf(p.field), problem: p.message })),
      );
    }
    problems.push(...rowProblems);
    // Placed even with problems, so its children are checked against it rather than reported as orphans.
    if (node.level !== null && parent !== undefined) {
      const path = childPath(parent?.path ?? null, node.id);
      placed.set(node.id, { level: node.level, path });
      records.push({ ...node, level: node.level, row: row.row, path });
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
    problems.push({ row, column: HEADER.id, problem: `${node.id} already exists` });
  }
  if (parent === undefined) {
    problems.push({
      row,
      column: HEADER.parentId,
      problem: `no jurisdiction ${node.parentId}; it must exist already or be on an earlier row`,
    });
  }
  return problems;
}

function nodeOf({ row, values }: KeyedRow<JurisdictionColumn>): {
  node: Omit<JurisdictionNodeInput, 'level'> & { level: JurisdictionLevel | null };
  problems: RowProblem[];
} {
  const problems: RowProblem[] = [];
  const level = levelOf(values.level);
  if (level === null) {
    const expected = `${JURISDICTION_LEVELS.join(', ')} (or 省, 市, 区县, 街道, 社区)`;
    problems.push({
      row,
      column: HEADER.level,
      problem: `expected one of ${expected}; got ${values.level || 'nothing'}`,
    });
  }
  const kind = values.kind === '' ? null : (KIND_WORDS[values.kind.toUpperCase()] ?? KIND_WORDS[values.kind]);
  if (kind === undefined) {
    problems.push({
      row,
      column: HEADER.kind,
      problem: `expected URBAN or RURAL (城市社区 / 农村社区); got ${values.kind}`,
    });
  }
  const eligible = eligibleOf(values.eligible);
  if (eligible === null) {
    problems.push({
      row,
      column: HEADER.eligible,
      problem: `expected 是 or 否 (true / false); got ${values.eligible}`,
    });
  }
  const node = {
    id: values.id,
    parentId: values.parentId === '' ? null : values.parentId,
    level,
    name: values.name,
    kind: kind ?? null,
    eligible: eligible ?? true,
    ineligibleReason: values.ineligibleReason === '' ? null : values.ineligibleReason,
  };
  return { node, problems };
}

function levelOf(text: string): JurisdictionLevel | null {
  const upper = text.toUpperCase();
  if ((JURISDICTION_LEVELS as readonly string[]).includes(upper)) return upper as JurisdictionLevel;
  return LEVEL_WORDS[text] ?? null;
}

function eligibleOf(text: string): boolean | null {
  const lower = text.toLowerCase();
  if (YES.includes(lower)) return true;
  return NO.includes(lower) ? false : null;
}

/** The column a node problem (named by its input field) belongs to. */
function columnOf(field: string): string {
  return field in HEADER ? HEADER[field as JurisdictionColumn] : field;
}
