import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import {
  campaignYears,
  CaseInput,
  caseInputFor,
  countsWorkingDays,
  DomainError,
  DomainErrorCode,
  WEEKENDS_ONLY,
} from '@app/domain';
import { CampaignRepository, JurisdictionRepository, WorkingCalendarRepository } from '@app/persistence';

/**
 * What a case workflow is started from when its community first acts (launch only writes the row):
 * the campaign as it stands now (a campaign-wide extension is already in its schedule), its pinned
 * standard, the community, the deployment's zone and — only for a campaign that counts working days —
 * the working-day calendar of its years. Later actions on the started case read nothing here.
 */
@Injectable()
export class CaseInputSource {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly jurisdictions: JurisdictionRepository,
    private readonly calendars: WorkingCalendarRepository,
    private readonly config: AppConfig,
  ) {}

  async forCase(campaignId: string, communityId: string): Promise<CaseInput> {
    const [campaign, community] = await Promise.all([
      this.campaigns.findWithStandard(campaignId),
      this.jurisdictions.findById(communityId),
    ]);
    if (!campaign?.standard || !community) {
      throw new DomainError(
        DomainErrorCode.NOT_FOUND,
        `No case for community ${communityId} in campaign ${campaignId}`,
      );
    }
    const { id, name, path } = community;
    const place = { id, name, kind: community.kind ?? 'URBAN', streetId: community.parentId ?? '', path };
    const timeZone = this.config.TIME_ZONE;
    const calendar = countsWorkingDays(campaign.schedule, campaign.inspectionPolicy)
      ? await this.calendars.calendarFor(campaignYears(campaign.schedule, timeZone))
      : WEEKENDS_ONLY;
    return caseInputFor(campaign, place, campaign.standard.definition, { timeZone, calendar });
  }
}
