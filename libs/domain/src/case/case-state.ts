import { DomainError, Problem } from '../errors/domain-error';
import { CaseStage } from './case-stage';

/** Who did something: every accepted action carries one, for the audit trail. */
export interface Actor {
  userId: string;
  role: string;
  displayName: string;
}

export interface CaseInput {
  campaignId: string;
  communityId: string;
  /** ISO timestamps; the campaign schedule decides them. */
  applicationDueAt: string;
}

export interface ApplicationSubmission {
  version: number;
  content: Record<string, unknown>;
  submittedAt: string;
  submittedBy: Actor;
}

export interface CaseDecision {
  action: string;
  at: string;
  by: Actor;
  reasons: string[];
}

/** The whole case file held by the workflow; the projection stores a copy of it. */
export interface CaseState {
  workflowId: string;
  campaignId: string;
  communityId: string;
  stage: CaseStage;
  /** Bumped on every change; the read model keeps only the newest. */
  seq: number;
  deadlines: { applicationDueAt: string };
  applications: ApplicationSubmission[];
  decisions: CaseDecision[];
  closedReason: string | null;
}

/** A fresh case as the campaign launch creates it. */
export function newCaseState(workflowId: string, input: CaseInput): CaseState {
  return {
    workflowId,
    campaignId: input.campaignId,
    communityId: input.communityId,
    stage: CaseStage.INVITED,
    seq: 0,
    deadlines: { applicationDueAt: input.applicationDueAt },
    applications: [],
    decisions: [],
    closedReason: null,
  };
}

/** A case can only be opened with a deadline still ahead. */
export function assertValidCaseInput(input: CaseInput, now: number): void {
  const problems: Problem[] = [];
  const due = Date.parse(input.applicationDueAt);
  if (Number.isNaN(due))
    problems.push({
      field: 'applicationDueAt',
      message: 'expected an ISO date-time, e.g. 2026-12-31T16:00:00Z',
    });
  else if (due <= now)
    problems.push({
      field: 'applicationDueAt',
      message: `must be in the future; ${input.applicationDueAt} has passed`,
    });
  if (problems.length > 0) throw DomainError.validation(problems);
}
