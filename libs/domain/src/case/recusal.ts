import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { STAGE_LABELS } from '../progress/campaign-progress';
import { CaseAction } from './case-actions';
import { CaseStage } from './case-stage';
import { Actor, CaseInput, CaseState } from './case-state';
import { requireText, withDecision } from './case-transition';
import { idempotentUpdateId } from './idempotent-request';
import { checkedThisRound, completeRound, roundComplete } from './inspection';

/** 申请回避 taken on the case: the acting inspector leaves the current team, saying why. */
export interface RecuseInspectorCommand {
  /** Why they may not inspect this community, as they wrote it (e.g. 本人配偶在该社区居委会任职). */
  reason: string;
  actor: Actor;
}

/**
 * The Update id of an inspector's recusal from a case: one fixed Idempotency-Key under their own name, so
 * Temporal (and the case's ledger) answer a repeat with the first result, whatever reason it gives.
 */
export function recusalUpdateId(inspectorId: string): string {
  return idempotentUpdateId({ callerId: inspectorId, key: 'conflict-declaration', fingerprint: 'recuse' });
}

/** How many inspectors a team of `count` lacks for the policy's minimum (at least one inspector). */
export function inspectorsLacking(count: number, input: CaseInput): number {
  return Math.max(Math.max(input.inspection.minInspectors, 1) - count, 0);
}

function assertMayRecuse(state: CaseState, actor: Actor): void {
  if (state.stage !== CaseStage.INSPECTION)
    throw new DomainError(
      DomainErrorCode.WRONG_STAGE,
      `案件当前处于“${STAGE_LABELS[state.stage]}”阶段，已不在检查验收中，不能申请回避`,
      { stage: state.stage },
    );
  if (!state.inspectors.some((inspector) => inspector.userId === actor.userId))
    throw new DomainError(
      DomainErrorCode.FORBIDDEN,
      `${actor.displayName}不在本案件当前的考核组中，无需申请回避`,
    );
  if (checkedThisRound(state).has(actor.userId))
    throw new DomainError(
      DomainErrorCode.CONFLICT,
      `您已提交第${state.round}轮检查验收表，该评分有效，不能再申请回避；如确有利害关系，请联系组织方处理`,
      { round: state.round },
    );
}

/**
 * 申请回避: an inspector of the current team leaves it, and the case keeps who left, in which round and
 * why. Refused with WRONG_STAGE (409) outside INSPECTION, FORBIDDEN (403) for someone not on the team,
 * CONFLICT (409) once their check of this round is in (their sheet counts), VALIDATION_FAILED naming
 * `reason` when it is blank. A team left below the policy's minimum stays where it is with
 * `inspectorsNeeded` set (需补派检查员) until the organizer assigns a replacement; a team still large
 * enough whose every member has checked completes the round with this step, as a team change does.
 */
export function recuseInspector(
  state: CaseState,
  command: RecuseInspectorCommand,
  now: number,
  input: CaseInput,
): CaseState {
  assertMayRecuse(state, command.actor);
  const reason = requireText(command.reason, 'reason', '请写明回避理由');
  const leaving = state.inspectors.find((inspector) => inspector.userId === command.actor.userId)!;
  const inspectors = state.inspectors.filter((inspector) => inspector !== leaving);
  const recusal = {
    inspectorId: leaving.userId,
    displayName: leaving.displayName,
    reason,
    round: state.round,
    at: new Date(now).toISOString(),
  };
  const next = withDecision(
    state,
    CaseAction.RECUSE_INSPECTOR,
    command.actor,
    now,
    {
      inspectors,
      recusals: [...(state.recusals ?? []), recusal],
      inspectorsNeeded: inspectorsLacking(inspectors.length, input),
    },
    [reason],
  );
  return next.inspectorsNeeded === 0 && roundComplete(next) ? completeRound(next, now, input) : next;
}
