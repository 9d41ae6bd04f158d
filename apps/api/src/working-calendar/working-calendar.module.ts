import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { WorkingCalendarController } from './working-calendar.controller';
import { WorkingCalendarDataModule } from './working-calendar-data.module';
import { WorkingCalendarService } from './working-calendar.service';

/** The working-day calendar's API: a year viewed, a year imported (and running campaigns told). */
@Module({
  imports: [AuditModule, WorkingCalendarDataModule, CampaignsModule],
  controllers: [WorkingCalendarController],
  providers: [WorkingCalendarService],
})
export class WorkingCalendarModule {}
