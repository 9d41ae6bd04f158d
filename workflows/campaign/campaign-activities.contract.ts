import type { Actor, CampaignPhase, WorkingCalendar } from '@app/domain';

export type CaseSignal =
  | { kind: 'DEADLINE_MOVED'; deadline: CampaignPhase; dueAt: string; reason: string; actor: Actor }
  | { kind: 'CANCELLED'; reason: string; actor: Actor }
  | { kind: 'CALENDAR_CHANGED'; calendar: WorkingCalendar };

/** Bulk work on a campaign's cases, each call one set-based statement or one page, each idempotent. */
export interface CampaignActivities {
  /** Closes every case with no application and no workflow as NOT_APPLIED; returns how many. */
  closeUnapplied(input: { campaignId: string; dueAt: string }): Promise<number>;
  /** One reminder to every community that has not applied yet; returns the inbox rows written. */
  remindUnapplied(input: { campaignId: string; key: string; dueAt: string; title: string }): Promise<number>;
  /** Records a campaign-wide extension: the campaign row and every not-started case. */
  moveApplicationDeadline(input: {
    campaignId: string;
    dueAt: string;
    actor: Actor;
    reason: string;
  }): Promise<number>;
  /** Stores the campaign's new schedule (so cases started later use it). */
  saveSchedule(input: {
    campaignId: string;
    field: string;
    dueAt: string;
    actor: Actor;
    reason: string;
  }): Promise<void>;
  /** Cancels: the campaign row, and every not-started case closed with the reason; returns how many. */
  cancelUnstarted(input: { campaignId: string; reason: string; actor: Actor }): Promise<number>;
  /** Adds communities to a launched campaign's scope (their cases, as at launch); returns how many. */
  addCommunities(input: { campaignId: string; communityIds: string[]; actor: Actor }): Promise<number>;
  /** Open cases not yet ready for the top-N ranking (not scored, notice running, objection open). */
  countAwaitingTopN(input: { campaignId: string }): Promise<number>;
  /** Ranks every case at the end of its notice and tells each its decision; returns how many were awarded. */
  decideTopN(input: {
    campaignId: string;
    topN: number;
    tieBreak: string | null;
  }): Promise<{ awarded: number; ranked: number }>;
  /** Signals one page of started cases; returns the last community id of the page (null when done). */
  signalStartedCases(input: {
    campaignId: string;
    afterCommunityId: string;
    signal: CaseSignal;
  }): Promise<string | null>;
}
