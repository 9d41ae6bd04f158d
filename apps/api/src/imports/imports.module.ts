import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JurisdictionImportController } from './jurisdiction-import.controller';
import { JurisdictionImportService } from './jurisdiction-import.service';

/** Bulk imports of reference data from spreadsheets (the titles import lives with the titles). */
@Module({
  imports: [AuditModule],
  controllers: [JurisdictionImportController],
  providers: [JurisdictionImportService],
})
export class ImportsModule {}
