import { Module } from '@nestjs/common';
import { WorkingCalendarRepository } from '@app/persistence';

/** The working-day calendar's statements, for whatever counts working days (case starts, campaign checks). */
@Module({
  providers: [WorkingCalendarRepository],
  exports: [WorkingCalendarRepository],
})
export class WorkingCalendarDataModule {}
