import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { Roles } from '../auth/roles.decorator';
import { UploadedSpreadsheet } from '../spreadsheets/spreadsheet';
import { SpreadsheetUpload, UploadedSpreadsheetFile } from '../spreadsheets/spreadsheet-upload';
import { CalendarImportQuery, CalendarYearParam } from './working-calendar.dto';
import { CalendarImportView, CalendarYearsView, CalendarYearView } from './working-calendar.view';
import { WorkingCalendarService } from './working-calendar.service';

/** The working-day calendar: which days count as 工作日, per year, from the official holiday arrangement. */
@ApiTags('working calendar')
@ApiBearerAuth()
@Controller('working-calendar')
export class WorkingCalendarController {
  constructor(private readonly calendar: WorkingCalendarService) {}

  @Get()
  @ApiOperation({ summary: 'The years whose holiday arrangement is imported' })
  @ApiOkResponse({ type: CalendarYearsView })
  async years(): Promise<CalendarYearsView> {
    return { years: await this.calendar.knownYears() };
  }

  @Get(':year')
  @ApiOperation({ summary: 'One year: its 休 and 班 days and source, or weekends only when not imported' })
  @ApiOkResponse({ type: CalendarYearView })
  year(@Param() { year }: CalendarYearParam): Promise<CalendarYearView> {
    return this.calendar.year(year);
  }

  @Post(':year/import')
  @HttpCode(201)
  @Roles(UserRole.ADMIN)
  @SpreadsheetUpload()
  @ApiOperation({
    summary:
      'Replaces a year’s arrangement from .csv/.xlsx (日期, 类型 休/班, 名称) with ?source=; 422 lists every bad row, writes nothing',
  })
  @ApiOkResponse({ type: CalendarImportView })
  import(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() { year }: CalendarYearParam,
    @Query() { source }: CalendarImportQuery,
    @UploadedSpreadsheetFile() file: UploadedSpreadsheet | undefined,
  ): Promise<CalendarImportView> {
    return this.calendar.import(actor, year, source, file);
  }
}
