import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ConfigModule, LoggerModule } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { TemporalClientModule } from '@app/temporal';
import { AuditTrailModule } from './audit/audit-trail.module';
import { AuthModule } from './auth/auth.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CasesModule } from './cases/cases.module';
import { CaseBatchesModule } from './batches/case-batches.module';
import { InspectorAssignmentModule } from './assignment/inspector-assignment.module';
import { ConsoleModule } from './console/console.module';
import { MyModule } from './my/my.module';
import { DomainExceptionFilter } from './common/domain-exception.filter';
import { DeadLettersModule } from './dead-letters/dead-letters.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ProgressModule } from './progress/progress.module';
import { PublicNoticeModule } from './public-notice/public-notice.module';
import { StandardsModule } from './standards/standards.module';
import { TitlesModule } from './titles/titles.module';
import { UsersModule } from './users/users.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { WorkingCalendarModule } from './working-calendar/working-calendar.module';

@Module({
  imports: [
    ConfigModule,
    LoggerModule,
    PersistenceModule,
    TemporalClientModule,
    AuthModule,
    HealthModule,
    CasesModule,
    AuditTrailModule,
    NotificationsModule,
    PublicNoticeModule,
    JurisdictionsModule,
    StandardsModule,
    CampaignsModule,
    ProgressModule,
    TitlesModule,
    ImportsModule,
    WebhooksModule,
    WorkingCalendarModule,
    UsersModule,
    DeadLettersModule,
    MyModule,
    ConsoleModule,
    CaseBatchesModule,
    InspectorAssignmentModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: DomainExceptionFilter }],
})
export class AppModule {}
