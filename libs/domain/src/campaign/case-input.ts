import type { CaseInput } from '../case/case-state';
import type { StandardDefinition } from '../standard/standard.types';
import { caseTimings, CaseCommunity } from './campaign.types';
import type { Campaign } from './campaign-draft';

/** The campaign fields a case is opened from. */
export type CampaignForCases = Pick<
  Campaign,
  'id' | 'title' | 'schedule' | 'inspectionPolicy' | 'awardPolicy'
>;

/** Everything one community's case needs, fixed at launch from the campaign and its pinned standard. */
export function caseInputFor(
  campaign: CampaignForCases,
  community: CaseCommunity,
  standard: StandardDefinition,
): CaseInput {
  return {
    campaignId: campaign.id,
    campaignTitle: campaign.title,
    community,
    standard,
    schedule: campaign.schedule,
    timings: caseTimings(campaign.schedule, campaign.inspectionPolicy),
    inspection: campaign.inspectionPolicy,
    // The case numbers certificates <prefix>-<year>-<community>, e.g. PINGAN-2026-c-01.
    award: { ...campaign.awardPolicy, certificatePrefix: standard.code },
  };
}
