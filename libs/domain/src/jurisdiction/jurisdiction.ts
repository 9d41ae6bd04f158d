import { Problem } from '../errors/domain-error';
import type { CommunityKind } from '../standard/standard.types';

/** The levels of the jurisdiction tree, from the top: 省 › 市 › 区/县 › 街道/乡镇 › 社区/村. */
export type JurisdictionLevel = 'PROVINCE' | 'CITY' | 'DISTRICT' | 'STREET' | 'COMMUNITY';

export const JURISDICTION_LEVELS: readonly JurisdictionLevel[] = [
  'PROVINCE',
  'CITY',
  'DISTRICT',
  'STREET',
  'COMMUNITY',
];

/**
 * Letters, digits and '-' only: ids become segments of a materialised path that is matched with
 * LIKE, where '/', '%' and '_' would mean something else.
 */
export const JURISDICTION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

/** One node of the tree as an administrator enters it. */
export interface JurisdictionNodeInput {
  id: string;
  parentId: string | null;
  level: JurisdictionLevel;
  name: string;
  /** Communities only: 城市社区 or 农村社区. */
  kind: CommunityKind | null;
  /** Communities only: false leaves the community out of cases and target denominators. */
  eligible: boolean;
  ineligibleReason: string | null;
}

/** The level a child of `parent` must have, or null when nothing may sit below it. */
export function childLevelOf(parent: JurisdictionLevel | null): JurisdictionLevel | null {
  if (parent === null) return 'PROVINCE';
  return JURISDICTION_LEVELS[JURISDICTION_LEVELS.indexOf(parent) + 1] ?? null;
}

/** The materialised path of a node, e.g. '/bj/cy/jxq/c-01/', so a subtree is one prefix match. */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** The ids from the root down to the node itself, read off its path: '/zj/hz/c-01/' → zj, hz, c-01. */
export function idsOnPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/**
 * Lists every problem with a new node placed under a parent of the given level: null for a root,
 * undefined when the parent could not be found (the caller reports that; the level is not checked).
 */
export function validateJurisdictionNode(
  node: JurisdictionNodeInput,
  parentLevel: JurisdictionLevel | null | undefined,
): Problem[] {
  const problems: Problem[] = [];
  if (!JURISDICTION_ID_PATTERN.test(node.id)) {
    problems.push({ field: 'id', message: 'expected 1 to 64 letters, digits or -, starting with one' });
  }
  if (node.name.trim() === '') problems.push({ field: 'name', message: 'expected a name, e.g. 示范街道' });
  if (parentLevel !== undefined) problems.push(...levelProblems(node.level, parentLevel));
  return [...problems, ...communityFieldProblems(node)];
}

function levelProblems(level: JurisdictionLevel, parentLevel: JurisdictionLevel | null): Problem[] {
  const expected = childLevelOf(parentLevel);
  if (expected === null) return [{ field: 'parentId', message: 'a COMMUNITY cannot have children' }];
  if (level === expected) return [];
  const under = parentLevel === null ? 'a node without a parent' : `a node under a ${parentLevel}`;
  return [{ field: 'level', message: `expected ${expected} for ${under}` }];
}

function communityFieldProblems(node: JurisdictionNodeInput): Problem[] {
  const problems: Problem[] = [];
  if (node.level !== 'COMMUNITY') {
    if (node.kind !== null) problems.push({ field: 'kind', message: 'only a COMMUNITY has a kind' });
    if (!node.eligible || node.ineligibleReason !== null) {
      problems.push({ field: 'eligible', message: 'only a COMMUNITY can be marked not eligible' });
    }
    return problems;
  }
  if (node.kind !== 'URBAN' && node.kind !== 'RURAL') {
    problems.push({ field: 'kind', message: 'expected URBAN or RURAL for a COMMUNITY' });
  }
  if (!node.eligible && (node.ineligibleReason ?? '').trim() === '') {
    problems.push({ field: 'ineligibleReason', message: 'say why it is not eligible, e.g. 组织尚未建立' });
  }
  if (node.eligible && node.ineligibleReason !== null) {
    problems.push({ field: 'ineligibleReason', message: 'give a reason only when eligible is false' });
  }
  return problems;
}
