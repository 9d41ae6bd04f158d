import type { AwardPolicy, CampaignSchedule, CampaignTargets, InspectionPolicy } from './campaign.types';

/** Which version of which standard a campaign pins (创建标准 code + version). */
export interface StandardRef {
  code: string;
  version: number;
}

export type CampaignStatus = 'DRAFT' | 'LAUNCHED' | 'CANCELLED';

/** What an organizer writes for a campaign: everything but its id, status and bookkeeping. */
export interface CampaignSettings {
  title: string;
  year: number;
  /** The office running the campaign (创建工作领导小组办公室); its subtree bounds who may manage it. */
  organizerJurisdictionId: string;
  /** The subtree whose eligible communities take part; inside the organizer's subtree. */
  scopeJurisdictionId: string;
  standard: StandardRef;
  schedule: CampaignSchedule;
  targets: CampaignTargets;
  inspectionPolicy: InspectionPolicy;
  awardPolicy: AwardPolicy;
}

/** A stored campaign as the domain sees it. */
export interface Campaign extends CampaignSettings {
  id: string;
  /** The title awarded, taken from the pinned standard (e.g. 平安社区). */
  titleKind: string;
  status: CampaignStatus;
  launchedAt: string | null;
}

/** A campaign id is a slug, e.g. demo-2026-pingan; it becomes part of every case's workflow id. */
export const CAMPAIGN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;
