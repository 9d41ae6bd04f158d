import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { campaignYears, countsWorkingDays } from '@app/domain';
import { CampaignRepository, WorkingCalendarRepository } from '@app/persistence';
import { CampaignWorkflowClient } from './campaign-workflow.client';

/**
 * After a year's arrangement is imported, tells each launched campaign that counts working days over that
 * year; its workflow passes the new calendar to its started cases, page by page (cases not started yet
 * read it when they start). Periods already running keep the end they were given.
 */
@Injectable()
export class CampaignCalendarNotifier {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly calendars: WorkingCalendarRepository,
    private readonly campaignWorkflow: CampaignWorkflowClient,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many campaigns were told. */
  async calendarChanged(year: number): Promise<number> {
    const launched = await this.campaigns.launchedSchedules();
    let told = 0;
    for (const campaign of launched) {
      if (!countsWorkingDays(campaign.schedule, campaign.inspectionPolicy)) continue;
      const years = campaignYears(campaign.schedule, this.config.TIME_ZONE);
      if (!years.includes(year)) continue;
      if (await this.campaignWorkflow.calendarChanged(campaign.id, await this.calendars.calendarFor(years)))
        told += 1;
    }
    return told;
  }
}
