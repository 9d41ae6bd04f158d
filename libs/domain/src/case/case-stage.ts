/** Where one community's case stands in a campaign (domain.md, "The life of one community"). */
export enum CaseStage {
  INVITED = 'INVITED',
  APPLICATION_REVIEW = 'APPLICATION_REVIEW',
  RETURNED = 'RETURNED',
  SELF_CHECK = 'SELF_CHECK',
  INSPECTION = 'INSPECTION',
  RECTIFICATION = 'RECTIFICATION',
  SCORING = 'SCORING',
  NOTICE = 'NOTICE',
  AWARDED = 'AWARDED',
  NOT_AWARDED = 'NOT_AWARDED',
  NOT_APPLIED = 'NOT_APPLIED',
  WITHDRAWN = 'WITHDRAWN',
}

const CLOSED: ReadonlySet<CaseStage> = new Set([
  CaseStage.AWARDED,
  CaseStage.NOT_AWARDED,
  CaseStage.NOT_APPLIED,
  CaseStage.WITHDRAWN,
]);

/** A closed case accepts no further action. */
export function isClosed(stage: CaseStage): boolean {
  return CLOSED.has(stage);
}
