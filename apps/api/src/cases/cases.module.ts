import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseProjectionEntity } from '@app/persistence';
import { TemporalCallsModule } from '../common/temporal-calls.module';
import { CaseWorkflowGateway } from './case-workflow.gateway';
import { CaseActionsController } from './case-actions.controller';
import { CaseInputSource } from './case-input.source';
import { CasesController } from './cases.controller';
import { InspectorDirectory } from './inspector-directory.service';
import { InspectorsController } from './inspectors.controller';
import { CasesService } from './cases.service';
import { CaseActionRunner } from './case-action-runner';
import { WorkingCalendarDataModule } from '../working-calendar/working-calendar-data.module';

@Module({
  imports: [TypeOrmModule.forFeature([CaseProjectionEntity]), TemporalCallsModule, WorkingCalendarDataModule],
  controllers: [CasesController, CaseActionsController, InspectorsController],
  providers: [CasesService, CaseWorkflowGateway, InspectorDirectory, CaseInputSource, CaseActionRunner],
  exports: [CasesService, CaseWorkflowGateway, CaseActionRunner, InspectorDirectory],
})
export class CasesModule {}
