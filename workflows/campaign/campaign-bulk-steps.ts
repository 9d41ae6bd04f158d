import { condition, proxyActivities } from '@temporalio/workflow';
import { CampaignRunState, SYSTEM_ACTOR } from '@app/domain';
import type { CampaignActivities, CaseSignal } from './campaign-activities.contract';
import type { CampaignRunInput } from './campaign.contract';

// The campaign workflow's bulk steps: each is a loop of activities (pages, rechecks) that survives restarts.

export const bulk = proxyActivities<CampaignActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { maximumInterval: '1 minute' },
});

/** Sends a signal to every started case, one page per activity, so the work survives restarts. */
export async function signalAll(campaignId: string, signal: CaseSignal): Promise<void> {
  for (let after: string | null = ''; after !== null;) {
    after = await bulk.signalStartedCases({ campaignId, afterCommunityId: after, signal });
  }
}

/** 十佳: once every case in scope is scored and through its notice, rank them all and decide. */
export async function decideTopN(
  current: () => CampaignRunState,
  input: CampaignRunInput,
  topN: number,
): Promise<CampaignRunState> {
  const recheckMs = input.topNRecheckMs ?? 3_600_000;
  // A cancel while waiting ends the wait: `current` is the live state.
  while ((await bulk.countAwaitingTopN({ campaignId: input.campaignId })) > 0) {
    if (await condition(() => current().status !== 'RUNNING', recheckMs)) return current();
  }
  const state = current();
  const { awarded, ranked } = await bulk.decideTopN({
    campaignId: state.campaignId,
    topN,
    tieBreak: input.award.tieBreak,
  });
  const entry = {
    action: 'TOP_N_DECIDED',
    at: new Date().toISOString(),
    by: SYSTEM_ACTOR,
    detail: `${awarded} of ${ranked} awarded (top ${topN})`,
  };
  return { ...state, log: [...state.log, entry] };
}
