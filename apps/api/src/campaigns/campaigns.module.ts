import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ScopeModule } from '../auth/scope.module';
import { CasesModule } from '../cases/cases.module';
import { TemporalCallsModule } from '../common/temporal-calls.module';
import { CampaignAccess } from './campaign-access.service';
import { CampaignLaunchService } from './campaign-launch.service';
import { CampaignWorkflowClient } from './campaign-workflow.client';
import { CampaignOperationsController } from './campaign-operations.controller';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { WorkingCalendarDataModule } from '../working-calendar/working-calendar-data.module';
import { CampaignCalendarNotifier } from './campaign-calendar.notifier';

@Module({
  imports: [ScopeModule, AuditModule, CasesModule, TemporalCallsModule, WorkingCalendarDataModule],
  controllers: [CampaignsController, CampaignOperationsController],
  providers: [
    CampaignsService,
    CampaignAccess,
    CampaignLaunchService,
    CampaignWorkflowClient,
    CampaignCalendarNotifier,
  ],
  exports: [CampaignsService, CampaignAccess, CampaignLaunchService, CampaignCalendarNotifier],
})
export class CampaignsModule {}
