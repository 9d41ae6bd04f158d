import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { OutboxRetentionRepository, RetentionResult } from '@app/persistence';
import { PeriodicJob } from '../periodic/periodic-job';

const DAY_MS = 86_400_000;

/**
 * Keeps the outbox from growing for ever: every OUTBOX_RETENTION_INTERVAL_MS, deletes deliveries that
 * finished (delivered or given up) more than OUTBOX_RETENTION_DAYS ago, then messages that old with no
 * delivery left, in batches of OUTBOX_RETENTION_BATCH_SIZE. Pending deliveries are never deleted.
 */
@Injectable()
export class OutboxRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRetention.name);
  private readonly job: PeriodicJob;

  constructor(
    private readonly repository: OutboxRetentionRepository,
    private readonly config: AppConfig,
  ) {
    this.job = new PeriodicJob(
      'Outbox retention',
      config.OUTBOX_RETENTION_INTERVAL_MS,
      async () => void (await this.purgeOnce()),
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  /** One pass as of `now` (tests pass their own clock): what it deleted. */
  async purgeOnce(now = new Date()): Promise<RetentionResult> {
    const { OUTBOX_RETENTION_DAYS: days, OUTBOX_RETENTION_BATCH_SIZE: batchSize } = this.config;
    const cutoff = new Date(now.getTime() - days * DAY_MS);
    const result = await this.repository.purge(cutoff, batchSize);
    if (result.deliveries + result.messages > 0) {
      this.logger.log({ ...result, cutoff: cutoff.toISOString() }, 'Outbox retention deleted finished rows');
    }
    return result;
  }
}
