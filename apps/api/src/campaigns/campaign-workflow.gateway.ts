import { Injectable } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { AppConfig } from '@app/config';
import {
  Campaign,
  CampaignRunState,
  CancelCampaignCommand,
  caseTimings,
  DomainError,
  DomainErrorCode,
  ExtendPhaseCommand,
  WorkingCalendar,
} from '@app/domain';
import {
  addCommunitiesUpdate,
  AddCommunitiesCommand,
  CAMPAIGN_WORKFLOW,
  campaignRunQuery,
  campaignWorkflowId,
  cancelCampaignUpdate,
  extendPhaseUpdate,
  workingCalendarChangedSignal,
} from '@app/workflows/campaign/campaign.contract';
import { domainErrorFrom } from '../cases/case-workflow.gateway';

/** The API's door to a campaign's workflow: started at launch, then campaign-wide messages. */
@Injectable()
export class CampaignWorkflowGateway {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  /** Starts the campaign workflow once; a retried launch finds it running. */
  async start(campaign: Campaign): Promise<void> {
    try {
      await this.client.workflow.start(CAMPAIGN_WORKFLOW, {
        workflowId: campaignWorkflowId(campaign.id),
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [
          {
            campaignId: campaign.id,
            title: campaign.title,
            schedule: campaign.schedule,
            reminderOffsetsMs: caseTimings(campaign.schedule, campaign.inspectionPolicy).reminderOffsetsMs,
            award: { topN: campaign.awardPolicy.topN, tieBreak: campaign.awardPolicy.tieBreak },
            timeZone: this.config.TIME_ZONE,
          },
        ],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }

  /** Passes a changed working-day calendar to the campaign's run; false when the run is over. */
  async calendarChanged(campaignId: string, calendar: WorkingCalendar): Promise<boolean> {
    try {
      await this.client.workflow
        .getHandle(campaignWorkflowId(campaignId))
        .signal(workingCalendarChangedSignal, calendar);
      return true;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }

  extendPhase(campaignId: string, command: ExtendPhaseCommand): Promise<CampaignRunState> {
    return this.call(campaignId, (handle) => handle.executeUpdate(extendPhaseUpdate, { args: [command] }));
  }

  cancel(campaignId: string, command: CancelCampaignCommand): Promise<CampaignRunState> {
    return this.call(campaignId, (handle) => handle.executeUpdate(cancelCampaignUpdate, { args: [command] }));
  }

  addCommunities(campaignId: string, command: AddCommunitiesCommand): Promise<{ added: number }> {
    return this.call(campaignId, (handle) => handle.executeUpdate(addCommunitiesUpdate, { args: [command] }));
  }

  state(campaignId: string): Promise<CampaignRunState> {
    return this.call(campaignId, (handle) => handle.query(campaignRunQuery));
  }

  private async call<T>(
    campaignId: string,
    work: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<T>,
  ): Promise<T> {
    try {
      return await work(this.client.workflow.getHandle(campaignWorkflowId(campaignId)));
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        throw new DomainError(
          DomainErrorCode.WRONG_STAGE,
          `Campaign ${campaignId} is not running (launch it first; a finished campaign takes no changes)`,
        );
      }
      throw domainErrorFrom(error);
    }
  }
}
