import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { CaseStage, isClosed } from './case-stage';
import { CaseState } from './case-state';

export enum CaseAction {
  SUBMIT_APPLICATION = 'SUBMIT_APPLICATION',
  ACCEPT_APPLICATION = 'ACCEPT_APPLICATION',
  RETURN_APPLICATION = 'RETURN_APPLICATION',
  EXTEND_DEADLINE = 'EXTEND_DEADLINE',
  WITHDRAW = 'WITHDRAW',
}

const BY_STAGE: Record<CaseStage, CaseAction[]> = {
  [CaseStage.INVITED]: [CaseAction.SUBMIT_APPLICATION, CaseAction.EXTEND_DEADLINE, CaseAction.WITHDRAW],
  [CaseStage.RETURNED]: [CaseAction.SUBMIT_APPLICATION, CaseAction.EXTEND_DEADLINE, CaseAction.WITHDRAW],
  [CaseStage.APPLICATION_REVIEW]: [
    CaseAction.ACCEPT_APPLICATION,
    CaseAction.RETURN_APPLICATION,
    CaseAction.WITHDRAW,
  ],
  [CaseStage.SELF_CHECK]: [CaseAction.WITHDRAW],
  [CaseStage.INSPECTION]: [CaseAction.WITHDRAW],
  [CaseStage.RECTIFICATION]: [CaseAction.WITHDRAW],
  [CaseStage.NOTICE]: [CaseAction.WITHDRAW],
  [CaseStage.AWARDED]: [],
  [CaseStage.NOT_AWARDED]: [],
  [CaseStage.NOT_APPLIED]: [],
  [CaseStage.WITHDRAWN]: [],
};

/** What may be done to the case now (shown to clients, and enforced by assertAllowed). */
export function allowedActions(state: CaseState): CaseAction[] {
  return isClosed(state.stage) ? [] : BY_STAGE[state.stage];
}

/** Throws WRONG_STAGE (409) naming the current stage and what is allowed instead. */
export function assertAllowed(state: CaseState, action: CaseAction): void {
  const allowed = allowedActions(state);
  if (!allowed.includes(action)) {
    throw new DomainError(
      DomainErrorCode.WRONG_STAGE,
      `${action} is not possible while the case is ${state.stage}`,
      { stage: state.stage, allowedActions: allowed },
    );
  }
}
