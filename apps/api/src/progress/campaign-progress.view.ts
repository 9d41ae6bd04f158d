import type { CampaignProgress, CampaignTargets, JurisdictionLevel } from '@app/domain';

/** GET /campaigns/:id/progress: the campaign, the subtree reported on, and its progress figures. */
export interface CampaignProgressView extends CampaignProgress {
  campaignId: string;
  titleKind: string;
  year: number;
  targets: CampaignTargets;
  jurisdiction: { id: string; name: string; level: JurisdictionLevel; path: string };
}
