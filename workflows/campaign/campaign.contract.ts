import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  Actor,
  CampaignRunState,
  CampaignSchedule,
  CancelCampaignCommand,
  ExtendPhaseCommand,
  WorkingCalendar,
} from '@app/domain';

export const CAMPAIGN_WORKFLOW = 'campaignWorkflow';

/** One workflow per launched campaign. */
export function campaignWorkflowId(campaignId: string): string {
  return `campaign:${campaignId}`;
}

export interface CampaignRunInput {
  campaignId: string;
  title: string;
  schedule: CampaignSchedule;
  reminderOffsetsMs: number[];
  /** The award cap (十佳) and its stated tie-break; null topN: every passed case is awarded on its own. */
  award: { topN: number | null; tieBreak: string | null };
  /** How often to look again whether every case is ready for the top-N ranking (default an hour). */
  topNRecheckMs?: number;
  /** The deployment's IANA zone (TIME_ZONE) for the times in its messages; absent in older runs (default zone). */
  timeZone?: string;
  /** Carried over by continue-as-new. */
  state?: CampaignRunState;
}

export interface AddCommunitiesCommand {
  communityIds: string[];
  actor: Actor;
}

export const extendPhaseUpdate = defineUpdate<CampaignRunState, [ExtendPhaseCommand]>('extendPhase');
export const cancelCampaignUpdate = defineUpdate<CampaignRunState, [CancelCampaignCommand]>('cancelCampaign');
export const addCommunitiesUpdate = defineUpdate<{ added: number }, [AddCommunitiesCommand]>(
  'addCommunities',
);
export const campaignRunQuery = defineQuery<CampaignRunState>('campaignRun');
/** A year's holiday arrangement was imported: the campaign's calendar as now known, for its started cases. */
export const workingCalendarChangedSignal = defineSignal<[WorkingCalendar]>('workingCalendarChanged');
