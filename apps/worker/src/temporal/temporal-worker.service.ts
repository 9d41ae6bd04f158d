import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { AppConfig } from '@app/config';
import { CaseDeadLetterActivities } from '../activities/case-dead-letter.activities';
import { CaseProjectionActivities } from '../activities/case-projection.activities';
import { NotificationActivities } from '../activities/notification.activities';
import { campaignActivities, caseActivities, createCaseWorker } from './case-worker';
import { CampaignBulkActivities } from '../activities/campaign.activities';
import { bundleWorkflows } from './workflow-bundle';

/** Runs the Temporal Worker for the lifetime of the Nest application context. */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private worker?: Worker;
  private connection?: NativeConnection;
  private running?: Promise<void>;

  constructor(
    private readonly config: AppConfig,
    private readonly projection: CaseProjectionActivities,
    private readonly notifications: NotificationActivities,
    private readonly campaign: CampaignBulkActivities,
    private readonly deadLetters: CaseDeadLetterActivities,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The SDK's own lines (state changes, polling) only at WARN unless we are debugging.
    const verbose = this.config.LOG_LEVEL === 'debug' || this.config.LOG_LEVEL === 'trace';
    Runtime.install({ logger: new DefaultLogger(verbose ? 'DEBUG' : 'WARN') });
    this.connection = await NativeConnection.connect({ address: this.config.TEMPORAL_ADDRESS });
    const workflowBundle = this.config.WORKFLOW_BUNDLE_PATH
      ? { codePath: this.config.WORKFLOW_BUNDLE_PATH }
      : await bundleWorkflows();
    this.worker = await createCaseWorker({
      connection: this.connection,
      namespace: this.config.TEMPORAL_NAMESPACE,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowBundle,
      activities: {
        ...caseActivities(this.projection, this.notifications, this.deadLetters),
        ...campaignActivities(this.campaign),
      },
    });
    this.running = this.worker.run().catch((error: unknown) => {
      this.logger.error({ err: error }, 'Temporal worker stopped with an error');
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    });
    this.logger.log({ taskQueue: this.config.TEMPORAL_TASK_QUEUE }, 'Temporal worker running');
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
  }
}
