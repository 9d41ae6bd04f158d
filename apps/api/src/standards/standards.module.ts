import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { StandardSheetController } from './standard-sheet.controller';
import { StandardSheetService } from './standard-sheet.service';
import { StandardsController } from './standards.controller';
import { StandardsService } from './standards.service';

@Module({
  imports: [AuditModule],
  controllers: [StandardsController, StandardSheetController],
  providers: [StandardsService, StandardSheetService],
  exports: [StandardsService],
})
export class StandardsModule {}
