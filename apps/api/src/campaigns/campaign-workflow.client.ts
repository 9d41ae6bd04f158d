import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowHandle,
  WorkflowNotFoundError,
  WorkflowUpdateStage,
} from '@temporalio/client';
import { UpdateDefinition, WorkflowIdReusePolicy } from '@temporalio/common';
import { AppConfig } from '@app/config';
import { queryWorkflow } from '@app/temporal';
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
import { domainErrorFrom } from '../cases/case-workflow.client';
import { TemporalCalls } from '../common/temporal-calls';

/**
 * The API's door to a campaign's workflow: started at launch, then campaign-wide messages. Reaching the
 * workflow has TEMPORAL_TIMEOUT_MS like any call; a campaign-wide change, once the workflow has accepted
 * it, may run (page by page over every case) for CAMPAIGN_OPERATION_TIMEOUT_MS before the reply gives up.
 */
@Injectable()
export class CampaignWorkflowClient {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
    private readonly calls: TemporalCalls,
  ) {}

  /** Starts the campaign workflow once; a retried launch finds it running. */
  async start(campaign: Campaign): Promise<void> {
    try {
      await this.calls.run(() => this.startWorkflow(campaign), { action: true });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }

  private async startWorkflow(campaign: Campaign): Promise<void> {
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
  }

  /** Passes a changed working-day calendar to the campaign's run; false when the run is over. */
  async calendarChanged(campaignId: string, calendar: WorkingCalendar): Promise<boolean> {
    try {
      await this.calls.run(() =>
        this.client.workflow
          .getHandle(campaignWorkflowId(campaignId))
          .signal(workingCalendarChangedSignal, calendar),
      );
      return true;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }

  extendPhase(campaignId: string, command: ExtendPhaseCommand): Promise<CampaignRunState> {
    return this.operate(campaignId, extendPhaseUpdate, command);
  }

  cancel(campaignId: string, command: CancelCampaignCommand): Promise<CampaignRunState> {
    return this.operate(campaignId, cancelCampaignUpdate, command);
  }

  addCommunities(campaignId: string, command: AddCommunitiesCommand): Promise<{ added: number }> {
    return this.operate(campaignId, addCommunitiesUpdate, command);
  }

  state(campaignId: string): Promise<CampaignRunState> {
    return this.call(campaignId, (handle) => this.calls.run(() => queryWorkflow(handle, campaignRunQuery)));
  }

  /** An Update in two steps: accepted within TEMPORAL_TIMEOUT_MS, done within CAMPAIGN_OPERATION_TIMEOUT_MS. */
  private operate<R, A>(campaignId: string, update: UpdateDefinition<R, [A]>, command: A): Promise<R> {
    const updateId = randomUUID();
    return this.call(campaignId, async (handle) => {
      const accepted = await this.calls.run(
        () =>
          handle.startUpdate(update, {
            args: [command],
            updateId,
            waitForStage: WorkflowUpdateStage.ACCEPTED,
          }),
        { action: true },
      );
      const deadline = this.calls.deadline(this.config.CAMPAIGN_OPERATION_TIMEOUT_MS);
      return this.calls.run(() => accepted.result(), { deadline, action: true });
    });
  }

  private async call<T>(campaignId: string, work: (handle: WorkflowHandle) => Promise<T>): Promise<T> {
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
