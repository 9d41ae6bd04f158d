import { Module } from '@nestjs/common';
import { InspectorAssignmentRepository } from '@app/persistence';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { InspectorAssignmentController } from './inspector-assignment.controller';
import { InspectorAssignmentService } from './inspector-assignment.service';

@Module({
  imports: [CasesModule, AuditModule],
  controllers: [InspectorAssignmentController],
  providers: [InspectorAssignmentService, InspectorAssignmentRepository],
})
export class InspectorAssignmentModule {}
