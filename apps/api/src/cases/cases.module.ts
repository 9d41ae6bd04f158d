import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseProjectionEntity } from '@app/persistence';
import { CaseWorkflowGateway } from './case-workflow.gateway';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({
  imports: [TypeOrmModule.forFeature([CaseProjectionEntity])],
  controllers: [CasesController],
  providers: [CasesService, CaseWorkflowGateway],
})
export class CasesModule {}
