import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { CaseAction, assertAllowed } from './case-actions';
import { CaseStage } from './case-stage';
import { Actor, CaseInput, CaseState, ObjectionDecision } from './case-state';
import { SYSTEM_ACTOR } from '../accounts/system-actor';
import { moveTo, requireText, throwIfProblems, withDecision } from './case-transition';
import { startRound } from './inspection';

export interface RaiseObjectionCommand {
  content: string;
  /** The public form's contact (phone, e-mail), kept apart from the content so it can be hidden. */
  contact?: string;
  actor: Actor;
}

export interface ResolveObjectionCommand {
  objectionId: string;
  decision: ObjectionDecision;
  reason: string;
  actor: Actor;
}

const DECISIONS: ObjectionDecision[] = ['DISMISS', 'UPHOLD_NOT_AWARDED', 'UPHOLD_REINSPECT'];

/** Anyone may object (异议) to a proposed award while the public notice runs. */
export function raiseObjection(state: CaseState, command: RaiseObjectionCommand, now: number): CaseState {
  assertAllowed(state, CaseAction.RAISE_OBJECTION, now);
  const content = requireText(command.content, 'content', 'say what the objection is about');
  const objection = {
    id: `objection-${state.objections.length + 1}`,
    content,
    raisedAt: new Date(now).toISOString(),
    raisedBy: command.actor,
    contact: command.contact ?? null,
    resolution: null,
  };
  return withDecision(state, CaseAction.RAISE_OBJECTION, command.actor, now, {
    objections: [...state.objections, objection],
  });
}

/** The organizer resolves an objection: dismissed, or upheld (not awarded, or re-inspected). */
export function resolveObjection(
  state: CaseState,
  command: ResolveObjectionCommand,
  now: number,
  input: CaseInput,
): CaseState {
  assertAllowed(state, CaseAction.RESOLVE_OBJECTION, now);
  const reason = requireText(command.reason, 'reason');
  throwIfProblems(
    DECISIONS.includes(command.decision)
      ? []
      : [{ field: 'decision', message: `expected one of ${DECISIONS.join(', ')}` }],
  );
  const target = state.objections.find((objection) => objection.id === command.objectionId);
  if (!target || target.resolution !== null) {
    throw new DomainError(
      DomainErrorCode.NOT_FOUND,
      `No open objection ${command.objectionId} on this case`,
      {
        openObjections: state.objections
          .filter((objection) => objection.resolution === null)
          .map((objection) => objection.id),
      },
    );
  }
  const resolution = {
    decision: command.decision,
    reason,
    at: new Date(now).toISOString(),
    by: command.actor,
  };
  const objections = state.objections.map((objection) =>
    objection === target ? { ...objection, resolution } : objection,
  );
  const action = `${CaseAction.RESOLVE_OBJECTION}:${command.decision}`;
  switch (command.decision) {
    case 'DISMISS':
      return withDecision(state, action, command.actor, now, { objections }, [reason]);
    case 'UPHOLD_NOT_AWARDED':
      return moveTo(
        state,
        CaseStage.NOT_AWARDED,
        action,
        command.actor,
        now,
        { objections, closedReason: `objection upheld: ${reason}` },
        [reason],
      );
    case 'UPHOLD_REINSPECT':
      return moveTo(
        state,
        CaseStage.INSPECTION,
        action,
        command.actor,
        now,
        {
          objections,
          noticeEndsAt: null,
          ...startRound(state, now, input, false),
        },
        [reason],
      );
  }
}

/** When a passed case may be awarded: notice over, award day reached. */
export function awardDueAt(state: CaseState, input: CaseInput): number | null {
  // With a cap (十佳) the campaign ranks every case first and tells each one.
  if (input.award.topN !== null) return null;
  if (state.stage !== CaseStage.NOTICE || state.noticeEndsAt === null) return null;
  if (state.objections.some((objection) => objection.resolution === null)) return null;
  return Math.max(Date.parse(state.noticeEndsAt), Date.parse(input.schedule.awardAt));
}

/** Grants the title (授牌) with a certificate number derived from campaign and community (unique, stable). */
export function award(state: CaseState, now: number, input: CaseInput): CaseState {
  const awardedAt = new Date(now);
  const validUntil = new Date(awardedAt);
  validUntil.setUTCFullYear(validUntil.getUTCFullYear() + input.award.validityYears);
  const year = new Date(input.schedule.awardAt).getUTCFullYear();
  const awardRecord = {
    tier: state.score?.tier ?? '',
    certificateNumber: `${input.award.certificatePrefix}-${year}-${state.communityId}`,
    awardedAt: awardedAt.toISOString(),
    validUntil: validUntil.toISOString().slice(0, 10),
  };
  return moveTo(state, CaseStage.AWARDED, 'AWARD', SYSTEM_ACTOR, now, { award: awardRecord });
}
