import type {
  AwardPolicy,
  CampaignSchedule,
  CaseCommunity,
  CaseTimings,
  InspectionPolicy,
} from '../campaign/campaign.types';
import { DomainError, Problem } from '../errors/domain-error';
import type { CaseScore } from '../scoring/case-scoring';
import type { ItemScores } from '../scoring/scoring.types';
import type { StandardDefinition } from '../standard/standard.types';
import type { WorkingCalendar } from '../time/working-calendar';
import { CaseStage } from './case-stage';

/** Who did something: every accepted action carries one, for the audit trail. */
export interface Actor {
  userId: string;
  role: string;
  displayName: string;
}

/** Everything a case needs from its campaign, fixed at launch (the workflow never reads the database). */
export interface CaseInput {
  campaignId: string;
  campaignTitle: string;
  community: CaseCommunity;
  standard: StandardDefinition;
  schedule: CampaignSchedule;
  timings: CaseTimings;
  inspection: InspectionPolicy;
  award: AwardPolicy & { certificatePrefix: string };
  /**
   * The deployment's IANA zone (TIME_ZONE) at the case's start: local days and the times in its messages.
   * Absent in cases started before it was passed; they use DEFAULT_TIME_ZONE.
   */
  timeZone?: string;
  /** The working-day calendar of the campaign's years, as known at the case's start; absent: weekends only. */
  calendar?: WorkingCalendar;
}

/** The deadlines a case can run against; extensions move one of them for this case. */
export type DeadlineName = 'application' | 'selfCheck' | 'inspection' | 'rectification';

export interface Deadline {
  dueAt: string;
  /** When this due date was set or last moved: reminders due before that moment are not sent late. */
  setAt: string;
}

export interface ApplicationSubmission {
  version: number;
  content: Record<string, unknown>;
  submittedAt: string;
  submittedBy: Actor;
}

export interface SelfCheckReport {
  version: number;
  scores: ItemScores;
  /** Evidence references per item code (file ids, URLs). */
  evidence: Record<string, string[]>;
  notes: string;
  total: number;
  submittedAt: string;
  submittedBy: Actor;
}

/** An inspector as assigned to a case, with what the conflict rule needs to know. */
export interface AssignedInspector {
  userId: string;
  displayName: string;
  streetId: string | null;
  communityId: string | null;
}

export interface InspectionCheck {
  round: number;
  inspectorId: string;
  scores: ItemScores;
  vetoFlags: string[];
  findings: string;
  rectifyItems: string[];
  submittedAt: string;
}

/** An inspector taken off the team at their own request (申请回避), with why; kept for the record. */
export interface Recusal {
  inspectorId: string;
  displayName: string;
  reason: string;
  /** The inspection round they left. */
  round: number;
  at: string;
}

export interface Rectification {
  items: string[];
  report: { content: string; submittedAt: string; submittedBy: Actor } | null;
}

export type ObjectionDecision = 'DISMISS' | 'UPHOLD_NOT_AWARDED' | 'UPHOLD_REINSPECT';

export interface Objection {
  id: string;
  content: string;
  raisedAt: string;
  raisedBy: Actor;
  /** How to reach the objector (public form); shown to organizers only (objector-privacy.ts). */
  contact?: string | null;
  resolution: { decision: ObjectionDecision; reason: string; at: string; by: Actor } | null;
}

export interface Award {
  tier: string;
  certificateNumber: string;
  awardedAt: string;
  validUntil: string;
}

export interface CaseDecision {
  action: string;
  at: string;
  by: Actor;
  reasons: string[];
  /** The stage the decision left the case in (absent on decisions recorded before it was kept). */
  stage?: CaseStage;
}

/** The whole case file held by the workflow; the projection stores a copy of it. */
export interface CaseState {
  workflowId: string;
  campaignId: string;
  communityId: string;
  community: CaseCommunity;
  stage: CaseStage;
  /** Bumped on every change; the read model keeps only the newest, the audit trail numbers by it. */
  seq: number;
  deadlines: Partial<Record<DeadlineName, Deadline>>;
  applications: ApplicationSubmission[];
  selfChecks: SelfCheckReport[];
  inspectors: AssignedInspector[];
  /** Inspection round: 1 first, then one per re-check (rectification) or re-inspection (objection). */
  round: number;
  /** Rounds in which only the rectified items are re-checked. */
  recheckRounds: number[];
  checks: InspectionCheck[];
  /** Inspectors who recused themselves (申请回避); absent until the first. */
  recusals?: Recusal[];
  /**
   * How many inspectors the team lacks for the policy's minimum after a recusal (需补派检查员); absent or
   * 0 when the team is complete. Cleared by the next assignment (which needs the minimum).
   */
  inspectorsNeeded?: number;
  rectification: Rectification | null;
  score: CaseScore | null;
  noticeEndsAt: string | null;
  objections: Objection[];
  award: Award | null;
  decisions: CaseDecision[];
  /** Keys of reminders and escalations already sent (each is sent once). */
  remindersSent: string[];
  closedReason: string | null;
}

/** A fresh case as the campaign launch creates it. */
export function newCaseState(workflowId: string, input: CaseInput, now: number): CaseState {
  const setAt = new Date(now).toISOString();
  return {
    workflowId,
    campaignId: input.campaignId,
    communityId: input.community.id,
    community: input.community,
    stage: CaseStage.INVITED,
    seq: 0,
    deadlines: { application: { dueAt: input.schedule.applicationDueAt, setAt } },
    applications: [],
    selfChecks: [],
    inspectors: [],
    round: 1,
    recheckRounds: [],
    checks: [],
    rectification: null,
    score: null,
    noticeEndsAt: null,
    objections: [],
    award: null,
    decisions: [],
    remindersSent: [],
    closedReason: null,
  };
}

/** A case can only be opened with its application deadline still ahead. */
export function assertValidCaseInput(input: CaseInput, now: number): void {
  const problems: Problem[] = [];
  const due = Date.parse(input.schedule.applicationDueAt);
  if (Number.isNaN(due)) {
    problems.push({
      field: 'schedule.applicationDueAt',
      message: 'expected an ISO date-time, e.g. 2026-12-31T16:00:00Z',
    });
  } else if (due <= now) {
    problems.push({
      field: 'schedule.applicationDueAt',
      message: `must be in the future; ${input.schedule.applicationDueAt} has passed`,
    });
  }
  if (problems.length > 0) throw DomainError.validation(problems);
}
