import { Module } from '@nestjs/common';
import { ConfigModule, LoggerModule } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { TemporalClientModule } from '@app/temporal';
import { CampaignBulkActivities } from './activities/campaign.activities';
import { CaseDeadLetterActivities } from './activities/case-dead-letter.activities';
import { AuditAnchorSweeper } from './audit/audit-anchor.sweeper';
import { CaseProjectionActivities } from './activities/case-projection.activities';
import { NotificationActivities } from './activities/notification.activities';
import { OutboxDispatcher } from './outbox/outbox-dispatcher.service';
import { OutboxRetention } from './retention/outbox-retention.service';
import { TemporalWorkerService } from './temporal/temporal-worker.service';

/** The worker host: activities are Nest providers, the Temporal Worker lives with the context. */
@Module({
  imports: [ConfigModule, LoggerModule, PersistenceModule, TemporalClientModule],
  providers: [
    CaseProjectionActivities,
    NotificationActivities,
    CampaignBulkActivities,
    CaseDeadLetterActivities,
    TemporalWorkerService,
    OutboxDispatcher,
    OutboxRetention,
    AuditAnchorSweeper,
  ],
})
export class WorkerModule {}
