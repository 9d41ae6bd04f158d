import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { Roles } from '../auth/roles.decorator';
import { UploadedSpreadsheet } from '../spreadsheets/spreadsheet';
import { SpreadsheetUpload, UploadedSpreadsheetFile } from '../spreadsheets/spreadsheet-upload';
import { TitleImportService } from './title-import.service';
import { TitlesService } from './titles.service';
import { RevokeTitleDto, TitleQueryDto } from './title.dto';
import { TitleImportResult, TitlePage, TitleView } from './title.view';

/** The titles registry (称号): list within scope, import earlier years, revoke (摘牌). */
@ApiTags('titles')
@ApiBearerAuth()
@Controller('titles')
export class TitlesController {
  constructor(
    private readonly titles: TitlesService,
    private readonly importer: TitleImportService,
  ) {}

  @Get()
  @Roles(UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN, UserRole.COMMUNITY)
  @ApiOperation({ summary: 'Titles of the communities in your scope; ?communityId=&titleKind=' })
  @ApiOkResponse({ type: TitlePage })
  list(@CurrentActor() actor: AuthenticatedActor, @Query() query: TitleQueryDto): Promise<TitlePage> {
    return this.titles.list(actor, query);
  }

  @Post('import')
  @HttpCode(201)
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @SpreadsheetUpload()
  @ApiOperation({
    summary:
      'Imports earlier titles from .xlsx or .csv (UTF-8, GBK/GB18030, UTF-16); 422 lists every bad cell and writes nothing; template: GET /imports/templates/titles',
  })
  @ApiOkResponse({ type: TitleImportResult })
  import(
    @CurrentActor() actor: AuthenticatedActor,
    @UploadedSpreadsheetFile() file: UploadedSpreadsheet | undefined,
  ): Promise<TitleImportResult> {
    return this.importer.import(actor, file);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiOperation({ summary: '摘牌: revokes a title from a day (today by default), with the reason; audited' })
  @ApiOkResponse({ type: TitleView })
  revoke(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Body() body: RevokeTitleDto,
  ): Promise<TitleView> {
    return this.titles.revoke(actor, id, body);
  }
}
