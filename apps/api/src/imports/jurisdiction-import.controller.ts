import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { Roles } from '../auth/roles.decorator';
import { UploadedSpreadsheet } from '../spreadsheets/spreadsheet';
import { SpreadsheetUpload, UploadedSpreadsheetFile } from '../spreadsheets/spreadsheet-upload';
import { JurisdictionImportResult, JurisdictionImportService } from './jurisdiction-import.service';
import { JurisdictionImportResultView } from './jurisdiction-import.view';

/** Bulk import of the jurisdiction tree (ADMIN). */
@ApiTags('jurisdictions')
@ApiBearerAuth()
@Controller('jurisdictions')
export class JurisdictionImportController {
  constructor(private readonly importer: JurisdictionImportService) {}

  @Post('import')
  @HttpCode(201)
  @Roles(UserRole.ADMIN)
  @SpreadsheetUpload()
  @ApiOperation({
    summary:
      'Imports jurisdictions and communities (.xlsx/.csv); 422 lists every bad cell, writes nothing; template: GET /imports/templates/jurisdictions',
  })
  @ApiCreatedResponse({ type: JurisdictionImportResultView })
  import(
    @CurrentActor() actor: AuthenticatedActor,
    @UploadedSpreadsheetFile() file: UploadedSpreadsheet | undefined,
  ): Promise<JurisdictionImportResult> {
    return this.importer.import(actor, file);
  }
}
