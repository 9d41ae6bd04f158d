import { CaseStage } from '../case/case-stage';
import type { CaseState } from '../case/case-state';

/**
 * The one stage in which an assigned inspector has work to do: 检查验收 (INSPECTION), each round until their
 * check for it is in. In 整改 (RECTIFICATION) the community has the turn (a re-check starts a new
 * INSPECTION round), and 评分, 公示 and after are the organizer's — so none of those is an inspector's load.
 */
export const INSPECTOR_WORK_STAGE = CaseStage.INSPECTION;

/** What of a case decides whether an inspector still has work on it. */
export type InspectorWorkCase = Pick<CaseState, 'stage' | 'round' | 'checks' | 'inspectors'>;

/**
 * Whether the inspector still has work on the case: assigned, the case in INSPECTOR_WORK_STAGE, and their
 * check for the current round not yet submitted. The proposal's current loads and the assignment page's
 * 当前 count exactly these (InspectorAssignmentRepository.openLoads applies the same rule in SQL; the
 * assignment e2e spec holds the two together).
 */
export function hasInspectionWork(kase: InspectorWorkCase, inspectorId: string): boolean {
  return (
    kase.stage === INSPECTOR_WORK_STAGE &&
    kase.inspectors.some((inspector) => inspector.userId === inspectorId) &&
    !kase.checks.some((check) => check.inspectorId === inspectorId && check.round === kase.round)
  );
}

/** Each inspector's current load over these cases: how many still wait for their check (hasInspectionWork). */
export function inspectorLoads(cases: InspectorWorkCase[], inspectorIds: string[]): Record<string, number> {
  return Object.fromEntries(
    inspectorIds.map((id) => [id, cases.filter((kase) => hasInspectionWork(kase, id)).length]),
  );
}
