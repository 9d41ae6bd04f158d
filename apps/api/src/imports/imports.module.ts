import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JurisdictionImportController } from './jurisdiction-import.controller';
import { JurisdictionImportService } from './jurisdiction-import.service';
import { ImportTemplatesController } from './import-templates.controller';

/** Bulk imports of reference data from spreadsheets, and every import's template (the titles import lives with the titles). */
@Module({
  imports: [AuditModule],
  controllers: [JurisdictionImportController, ImportTemplatesController],
  providers: [JurisdictionImportService],
})
export class ImportsModule {}
