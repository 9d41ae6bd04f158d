import { Module } from '@nestjs/common';
import { WorkingCalendarRepository } from '@app/persistence';
import { AuditModule } from '../audit/audit.module';
import { WorkingCalendarController } from './working-calendar.controller';
import { WorkingCalendarService } from './working-calendar.service';

/** The working-day calendar: its API, and the repository case starts and campaign checks read it from. */
@Module({
  imports: [AuditModule],
  controllers: [WorkingCalendarController],
  providers: [WorkingCalendarService, WorkingCalendarRepository],
  exports: [WorkingCalendarRepository],
})
export class WorkingCalendarModule {}
