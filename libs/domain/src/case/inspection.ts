import { DomainError, DomainErrorCode, Problem } from '../errors/domain-error';
import { invalidScoresError } from '../scoring/score-errors';
import { validateItemScores } from '../scoring/item-score-validation';
import type { ItemScores } from '../scoring/scoring.types';
import { applicableItems, scoredItems } from '../standard/standard-items';
import { CaseAction, assertAllowed } from './case-actions';
import { CaseStage } from './case-stage';
import { Actor, AssignedInspector, CaseInput, CaseState } from './case-state';
import { rectificationDue } from './case-durations';
import { SYSTEM_ACTOR } from '../accounts/system-actor';
import { assertBeforeDeadline, deadlineIn, moveTo, withDecision } from './case-transition';
import { scoreOf } from './case-score';
import type { ConflictRule } from '../campaign/campaign.types';

export interface AssignInspectorsCommand {
  inspectors: AssignedInspector[];
  /** Why, when inspectors change after a first assignment (转办). */
  reason: string;
  actor: Actor;
}

export interface SubmitCheckCommand {
  scores: ItemScores;
  vetoFlags: string[];
  findings: string;
  rectifyItems: string[];
  actor: Actor;
}

/** Why an inspector may not check a community (回避), or null: its own community, or (SAME_STREET) its street. */
export function inspectorConflict(
  inspector: Pick<AssignedInspector, 'communityId' | 'streetId'>,
  community: { id: string; streetId: string },
  rule: ConflictRule,
): 'OWN_COMMUNITY' | 'SAME_STREET' | null {
  if (inspector.communityId === community.id) return 'OWN_COMMUNITY';
  const sameStreet = inspector.streetId !== null && inspector.streetId === community.streetId;
  return rule === 'SAME_STREET' && sameStreet ? 'SAME_STREET' : null;
}

function conflictOf(inspector: AssignedInspector, state: CaseState, input: CaseInput): string | null {
  const community = { id: state.communityId, streetId: state.community.streetId };
  switch (inspectorConflict(inspector, community, input.inspection.conflictRule)) {
    case 'OWN_COMMUNITY':
      return `${inspector.displayName} belongs to this community (回避)`;
    case 'SAME_STREET':
      return `${inspector.displayName} belongs to the same street as this community (回避)`;
    case null:
      return null;
  }
}

/** The inspectors who have submitted their check in the current round. */
export function checkedThisRound(state: CaseState): Set<string> {
  return new Set(
    state.checks.filter((check) => check.round === state.round).map((check) => check.inspectorId),
  );
}

/** Whether every inspector of the team has checked in the current round; an empty team never has. */
export function roundComplete(state: CaseState): boolean {
  const checked = checkedThisRound(state);
  return state.inspectors.length > 0 && state.inspectors.every((inspector) => checked.has(inspector.userId));
}

function teamSizeProblem(count: number, input: CaseInput): Problem | null {
  const { maxInspectors } = input.inspection;
  // A team below the policy's minimum (or empty) could never complete the round; refused, not left waiting.
  const least = Math.max(input.inspection.minInspectors, 1);
  if (count < least)
    return {
      field: 'inspectors',
      message: `assign ${least} to ${maxInspectors} inspectors; got ${count}: fewer than ${least} could never complete the inspection round`,
    };
  if (count > maxInspectors)
    return { field: 'inspectors', message: `assign ${least} to ${maxInspectors} inspectors; got ${count}` };
  return null;
}

function assignmentProblems(state: CaseState, command: AssignInspectorsCommand, input: CaseInput): Problem[] {
  const sizeProblem = teamSizeProblem(command.inspectors.length, input);
  const problems: Problem[] = sizeProblem ? [sizeProblem] : [];
  const ids = command.inspectors.map((inspector) => inspector.userId);
  command.inspectors.forEach((inspector, index) => {
    const conflict = conflictOf(inspector, state, input);
    if (conflict) problems.push({ field: `inspectors[${index}]`, message: conflict });
    // 申请回避 recorded on this case binds every later assignment, whatever the API read before sending it
    // (a declaration and an assignment racing each other: the case decides them one after the other).
    const recusal = state.recusals?.find((entry) => entry.inspectorId === inspector.userId);
    if (recusal)
      problems.push({
        field: `inspectors[${index}]`,
        message: `${inspector.displayName} declared a conflict with this community: ${recusal.reason}`,
      });
    if (ids.indexOf(inspector.userId) !== index)
      problems.push({ field: `inspectors[${index}]`, message: 'listed twice' });
  });
  for (const id of checkedThisRound(state)) {
    if (!ids.includes(id))
      problems.push({
        field: 'inspectors',
        message: `inspector ${id} has already submitted a check and stays assigned`,
      });
  }
  if (state.inspectors.length > 0 && command.reason.trim().length === 0) {
    problems.push({ field: 'reason', message: 'changing assigned inspectors (转办) needs a reason' });
  }
  return problems;
}

/**
 * The organizer assigns (or reassigns 转办, adds, removes) inspectors, in any round; the conflict rule
 * (回避) is enforced and a team that could never complete the round (below the policy's minimum, empty)
 * is refused with VALIDATION_FAILED naming `inspectors`. When every inspector of the new team has already
 * checked this round (the one still missing was removed), the round completes with this very step.
 */
export function assignInspectors(
  state: CaseState,
  command: AssignInspectorsCommand,
  now: number,
  input: CaseInput,
): CaseState {
  const next = assignTeam(state, command, now, input);
  return roundComplete(next) ? completeRound(next, now, input) : next;
}

/**
 * The assignment alone, without completing the round: how cases decided it before the
 * `team-change-completes-round` patch, and still do when replaying those decisions.
 */
export function assignTeam(
  state: CaseState,
  command: AssignInspectorsCommand,
  now: number,
  input: CaseInput,
): CaseState {
  assertAllowed(state, CaseAction.ASSIGN_INSPECTORS, now);
  const problems = assignmentProblems(state, command, input);
  if (problems.length > 0)
    throw DomainError.validation(problems, 'The inspectors cannot be assigned; each problem is listed.');
  const reasons = command.reason.trim() ? [command.reason.trim()] : [];
  // The new team meets the minimum: a shortfall a recusal left is made good.
  const refilled = state.inspectorsNeeded ? { inspectorsNeeded: 0 } : {};
  return withDecision(
    state,
    CaseAction.ASSIGN_INSPECTORS,
    command.actor,
    now,
    { inspectors: command.inspectors, ...refilled },
    reasons,
  );
}

function checkProblems(state: CaseState, command: SubmitCheckCommand, input: CaseInput): Problem[] {
  const { standard, community } = input;
  const recheck = state.recheckRounds.includes(state.round);
  const onlyItems = recheck ? state.rectification?.items : undefined;
  const problems = validateItemScores(standard, community.kind, command.scores, {
    requireAll: true,
    onlyItems,
  });
  const vetoCodes = new Set(
    applicableItems(standard, community.kind)
      .filter((item) => item.veto)
      .map((item) => item.code),
  );
  for (const code of command.vetoFlags) {
    if (!vetoCodes.has(code))
      problems.push({ field: `vetoFlags.${code}`, message: `${code} is not a veto item for this community` });
  }
  const scored = new Set(scoredItems(standard, community.kind).map((item) => item.code));
  for (const code of command.rectifyItems) {
    if (!scored.has(code))
      problems.push({
        field: `rectifyItems.${code}`,
        message: `${code} is not a scored item for this community`,
      });
  }
  return problems;
}

/** An assigned inspector submits its acceptance check (检查验收); the last one in completes the round. */
export function submitCheck(
  state: CaseState,
  command: SubmitCheckCommand,
  now: number,
  input: CaseInput,
): CaseState {
  assertAllowed(state, CaseAction.SUBMIT_CHECK, now);
  const inspectorId = command.actor.userId;
  if (!state.inspectors.some((inspector) => inspector.userId === inspectorId)) {
    throw new DomainError(DomainErrorCode.FORBIDDEN, 'You are not assigned to inspect this case');
  }
  if (checkedThisRound(state).has(inspectorId)) {
    throw new DomainError(
      DomainErrorCode.CONFLICT,
      `You have already submitted your check for round ${state.round}`,
      { round: state.round },
    );
  }
  assertBeforeDeadline(state, 'inspection', now);
  const problems = checkProblems(state, command, input);
  if (problems.length > 0)
    throw invalidScoresError(problems, 'The check has problems; each is listed by item code.');
  const { scores, vetoFlags, findings, rectifyItems } = command;
  const check = {
    round: state.round,
    inspectorId,
    scores,
    vetoFlags,
    findings,
    rectifyItems,
    submittedAt: new Date(now).toISOString(),
  };
  const next = withDecision(state, CaseAction.SUBMIT_CHECK, command.actor, now, {
    checks: [...state.checks, check],
  });
  return roundComplete(next) ? completeRound(next, now, input) : next;
}

/** Ends the round once every check is in: to RECTIFICATION when items need it (first round), else SCORING. */
export function completeRound(state: CaseState, now: number, input: CaseInput): CaseState {
  const firstRound = state.round === 1;
  const items = [
    ...new Set(state.checks.filter((check) => check.round === 1).flatMap((check) => check.rectifyItems)),
  ].sort();
  if (firstRound && input.inspection.rectificationAllowed && items.length > 0) {
    return moveTo(state, CaseStage.RECTIFICATION, 'CHECKS_COMPLETE', SYSTEM_ACTOR, now, {
      rectification: { items, report: null },
      deadlines: { ...state.deadlines, rectification: deadlineIn(now, rectificationDue(now, input) - now) },
    });
  }
  return moveTo(state, CaseStage.SCORING, 'CHECKS_COMPLETE', SYSTEM_ACTOR, now, {
    score: scoreOf(state, input),
  });
}

/** Starts another inspection round: a re-check of rectified items, or a full re-inspection. */
export function startRound(
  state: CaseState,
  now: number,
  input: CaseInput,
  recheck: boolean,
): Partial<CaseState> {
  const round = state.round + 1;
  const inspection = deadlineIn(now, rectificationDue(now, input) - now);
  return {
    round,
    recheckRounds: recheck ? [...state.recheckRounds, round] : state.recheckRounds,
    deadlines: { ...state.deadlines, inspection },
    score: null,
  };
}
