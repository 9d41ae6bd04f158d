import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StandardEntity } from '@app/persistence';
import { AuditModule } from '../audit/audit.module';
import { StandardSheetController } from './standard-sheet.controller';
import { StandardSheetService } from './standard-sheet.service';
import { StandardsController } from './standards.controller';
import { StandardsService } from './standards.service';

@Module({
  imports: [TypeOrmModule.forFeature([StandardEntity]), AuditModule],
  controllers: [StandardsController, StandardSheetController],
  providers: [StandardsService, StandardSheetService],
  exports: [StandardsService],
})
export class StandardsModule {}
