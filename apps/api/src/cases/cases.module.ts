import { Module } from '@nestjs/common';
import { InspectorAssignmentRepository } from '@app/persistence';
import { TemporalCallsModule } from '../common/temporal-calls.module';
import { CaseWorkflowClient } from './case-workflow.client';
import { CaseActionsController } from './case-actions.controller';
import { CaseInputSource } from './case-input.source';
import { CasesController } from './cases.controller';
import { InspectorDirectory } from './inspector-directory.service';
import { InspectorsController } from './inspectors.controller';
import { CasesService } from './cases.service';
import { CaseActionRunner } from './case-action-runner';
import { WorkingCalendarDataModule } from '../working-calendar/working-calendar-data.module';

@Module({
  imports: [TemporalCallsModule, WorkingCalendarDataModule],
  controllers: [CasesController, CaseActionsController, InspectorsController],
  providers: [
    CasesService,
    CaseWorkflowClient,
    InspectorDirectory,
    InspectorAssignmentRepository,
    CaseInputSource,
    CaseActionRunner,
  ],
  exports: [CasesService, CaseWorkflowClient, CaseActionRunner, InspectorDirectory],
})
export class CasesModule {}
