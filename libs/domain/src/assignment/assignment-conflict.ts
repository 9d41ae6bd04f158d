import type { ConflictRule } from '../campaign/campaign.types';
import { inspectorConflict } from '../case/inspection';
import type { AssignedInspector } from '../case/case-state';

/** Why an inspector may not be on a case's team (回避): the campaign's rule, or a conflict they declared. */
export type AssignmentConflict = 'OWN_COMMUNITY' | 'SAME_STREET' | 'DECLARED';

/** A conflict an inspector declared on one case (申请回避), with why. */
export interface DeclaredConflict {
  communityId: string;
  inspectorId: string;
}

/** What the conflict check needs of a case. */
export interface CaseToStaff {
  communityId: string;
  streetId: string | null;
}

/**
 * The one 回避 check of automatic assignment: the case's own rule (inspectorConflict, which the case
 * workflow enforces on every assignment) first, then any conflict the inspector declared on the case.
 */
export function assignmentConflict(
  inspector: AssignedInspector,
  kase: CaseToStaff,
  rule: ConflictRule,
  declared: ReadonlySet<string>,
): AssignmentConflict | null {
  const ruled = inspectorConflict(inspector, { id: kase.communityId, streetId: kase.streetId ?? '' }, rule);
  if (ruled) return ruled;
  return declared.has(declaredKey(kase.communityId, inspector.userId)) ? 'DECLARED' : null;
}

/** The key of a declared conflict in a set. */
export function declaredKey(communityId: string, inspectorId: string): string {
  return `${communityId}\u0000${inspectorId}`;
}
