import { Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { UserRole } from '@app/persistence';
import { Roles } from '../auth/roles.decorator';
import { UploadedSpreadsheet, XLSX_TYPE } from '../spreadsheets/spreadsheet';
import { SpreadsheetUpload, UploadedSpreadsheetFile } from '../spreadsheets/spreadsheet-upload';
import { StandardExportQueryDto } from './standard.dto';
import { StandardSheetView } from './standard.view';
import { StandardSheetService } from './standard-sheet.service';

/** A standard's items to and from Excel (考核细则). */
@ApiTags('standards')
@ApiBearerAuth()
@Controller('standards')
export class StandardSheetController {
  constructor(private readonly sheets: StandardSheetService) {}

  @Post('sheet')
  @HttpCode(200)
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @SpreadsheetUpload()
  @ApiOperation({
    summary:
      "Reads a standard's items from .xlsx/.csv (类别, 指标编码, 指标内容, 分值, 计分步长, 适用社区, 一票否决, 佐证材料) and answers its categories to review; writes nothing — save them with POST /standards or /standards/:code/versions; 422 lists every bad cell; template: GET /imports/templates/standards",
  })
  @ApiOkResponse({ type: StandardSheetView })
  read(@UploadedSpreadsheetFile() file: UploadedSpreadsheet | undefined): Promise<StandardSheetView> {
    return this.sheets.read(file);
  }

  @Get(':code/versions/:version/export')
  @ApiOperation({
    summary: "One version's items as .xlsx (default) or .csv, in the columns POST /standards/sheet reads",
  })
  @ApiProduces(XLSX_TYPE, 'text/csv')
  async export(
    @Param('code') code: string,
    @Param('version') version: string,
    @Query() query: StandardExportQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.sheets.export(code, version, query.format ?? 'xlsx');
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: `attachment; filename="standard.${file.extension}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      length: file.body.length,
    });
  }
}
