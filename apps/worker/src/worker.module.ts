import { Module } from '@nestjs/common';
import { ConfigModule, LoggerModule } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { CaseProjectionActivities } from './activities/case-projection.activities';
import { NotificationActivities } from './activities/notification.activities';
import { TemporalWorkerService } from './temporal/temporal-worker.service';

/** The worker host: activities are Nest providers, the Temporal Worker lives with the context. */
@Module({
  imports: [ConfigModule, LoggerModule, PersistenceModule],
  providers: [CaseProjectionActivities, NotificationActivities, TemporalWorkerService],
})
export class WorkerModule {}
