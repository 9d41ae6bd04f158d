import type { AccountRole } from '../accounts/account-roles';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { CaseStage, isClosed } from './case-stage';
import { CaseState } from './case-state';

export enum CaseAction {
  SUBMIT_APPLICATION = 'SUBMIT_APPLICATION',
  ACCEPT_APPLICATION = 'ACCEPT_APPLICATION',
  RETURN_APPLICATION = 'RETURN_APPLICATION',
  SUBMIT_SELF_CHECK = 'SUBMIT_SELF_CHECK',
  ASSIGN_INSPECTORS = 'ASSIGN_INSPECTORS',
  RECUSE_INSPECTOR = 'RECUSE_INSPECTOR',
  SUBMIT_CHECK = 'SUBMIT_CHECK',
  SUBMIT_RECTIFICATION = 'SUBMIT_RECTIFICATION',
  CONFIRM_SCORES = 'CONFIRM_SCORES',
  RAISE_OBJECTION = 'RAISE_OBJECTION',
  RESOLVE_OBJECTION = 'RESOLVE_OBJECTION',
  EXTEND_DEADLINE = 'EXTEND_DEADLINE',
  CHASE = 'CHASE',
  WITHDRAW = 'WITHDRAW',
}

const A = CaseAction;
const AWAITING_APPLICATION = [A.SUBMIT_APPLICATION, A.EXTEND_DEADLINE, A.CHASE, A.WITHDRAW];

const BY_STAGE: Record<CaseStage, CaseAction[]> = {
  [CaseStage.INVITED]: AWAITING_APPLICATION,
  [CaseStage.RETURNED]: AWAITING_APPLICATION,
  [CaseStage.APPLICATION_REVIEW]: [A.ACCEPT_APPLICATION, A.RETURN_APPLICATION, A.WITHDRAW],
  [CaseStage.SELF_CHECK]: [A.SUBMIT_SELF_CHECK, A.EXTEND_DEADLINE, A.CHASE, A.WITHDRAW],
  [CaseStage.INSPECTION]: [
    A.ASSIGN_INSPECTORS,
    A.SUBMIT_CHECK,
    A.RECUSE_INSPECTOR,
    A.EXTEND_DEADLINE,
    A.CHASE,
    A.WITHDRAW,
  ],
  [CaseStage.RECTIFICATION]: [A.SUBMIT_RECTIFICATION, A.EXTEND_DEADLINE, A.CHASE, A.WITHDRAW],
  [CaseStage.SCORING]: [A.CONFIRM_SCORES, A.WITHDRAW],
  [CaseStage.NOTICE]: [A.RAISE_OBJECTION, A.RESOLVE_OBJECTION, A.WITHDRAW],
  [CaseStage.AWARDED]: [],
  [CaseStage.NOT_AWARDED]: [],
  [CaseStage.NOT_APPLIED]: [],
  [CaseStage.WITHDRAWN]: [],
};

/** Who takes an action: an account's role, or the public (a resident through the public notice). */
export type ActingRole = AccountRole | 'PUBLIC';

/**
 * Who may take each action: the API's case routes take their roles from here (`CaseActionRoles`), the
 * client's buttons too (`allowedActionsFor`); the workflow enforces stage, scope and rules.
 */
export const ROLES_FOR_ACTION: Record<CaseAction, readonly ActingRole[]> = {
  [A.SUBMIT_APPLICATION]: ['COMMUNITY'],
  [A.SUBMIT_SELF_CHECK]: ['COMMUNITY'],
  [A.SUBMIT_RECTIFICATION]: ['COMMUNITY'],
  [A.SUBMIT_CHECK]: ['INSPECTOR'],
  [A.RECUSE_INSPECTOR]: ['INSPECTOR'],
  [A.RAISE_OBJECTION]: ['PUBLIC', 'COMMUNITY', 'OBSERVER', 'INSPECTOR', 'ORGANIZER', 'ADMIN'],
  [A.ACCEPT_APPLICATION]: ['ORGANIZER', 'ADMIN'],
  [A.RETURN_APPLICATION]: ['ORGANIZER', 'ADMIN'],
  [A.ASSIGN_INSPECTORS]: ['ORGANIZER', 'ADMIN'],
  [A.CONFIRM_SCORES]: ['ORGANIZER', 'ADMIN'],
  [A.RESOLVE_OBJECTION]: ['ORGANIZER', 'ADMIN'],
  [A.EXTEND_DEADLINE]: ['ORGANIZER', 'ADMIN'],
  [A.CHASE]: ['ORGANIZER', 'ADMIN'],
  [A.WITHDRAW]: ['ORGANIZER', 'ADMIN'],
};

function possibleNow(state: CaseState, action: CaseAction, now: number): boolean {
  switch (action) {
    case A.SUBMIT_CHECK:
    case A.RECUSE_INSPECTOR:
      return state.inspectors.length > 0;
    case A.RESOLVE_OBJECTION:
      return state.objections.some((objection) => objection.resolution === null);
    case A.RAISE_OBJECTION:
      return state.noticeEndsAt !== null && now < Date.parse(state.noticeEndsAt);
    default:
      return true;
  }
}

/** What may be done to the case now (shown to clients, and enforced by assertAllowed). */
export function allowedActions(state: CaseState, now: number): CaseAction[] {
  if (isClosed(state.stage)) return [];
  return BY_STAGE[state.stage].filter((action) => possibleNow(state, action, now));
}

/** The allowed actions this role may take, for a client's buttons. */
export function allowedActionsFor(state: CaseState, role: string, now: number): CaseAction[] {
  return allowedActions(state, now).filter((action) =>
    (ROLES_FOR_ACTION[action] as readonly string[]).includes(role),
  );
}

/** Throws WRONG_STAGE (409) naming the current stage and what is allowed instead. */
export function assertAllowed(state: CaseState, action: CaseAction, now: number): void {
  const allowed = allowedActions(state, now);
  if (!allowed.includes(action)) {
    throw new DomainError(
      DomainErrorCode.WRONG_STAGE,
      `${action} is not possible while the case is ${state.stage}`,
      {
        stage: state.stage,
        allowedActions: allowed,
      },
    );
  }
}
