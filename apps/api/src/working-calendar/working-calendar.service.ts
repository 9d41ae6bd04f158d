import { Injectable } from '@nestjs/common';
import {
  CALENDAR_DAY_KIND_LABELS,
  CalendarDayRecord,
  importRejected,
  readImportRows,
  validateCalendarRows,
  WORKING_CALENDAR_COLUMNS,
  workingDaysInYear,
} from '@app/domain';
import {
  CalendarYearRow,
  insertCalendarYear,
  Transactions,
  WorkingCalendarRepository,
} from '@app/persistence';
import { AuditService, SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { CampaignCalendarNotifier } from '../campaigns/campaign-calendar.notifier';
import { readSpreadsheet, UploadedSpreadsheet } from '../spreadsheets/spreadsheet';
import { CalendarImportView, CalendarYearView } from './working-calendar.view';

function viewOf(year: number, row: CalendarYearRow | null): CalendarYearView {
  const days: CalendarDayRecord[] = row?.days ?? [];
  const calendar = {
    years: row ? [year] : [],
    days: Object.fromEntries(days.map((day) => [day.date, day.kind])),
  };
  return {
    year,
    known: row !== null,
    source: row?.source ?? null,
    importedBy: row?.importedBy ?? null,
    importedAt: row?.importedAt ?? null,
    workingDays: workingDaysInYear(year, calendar),
    days: days.map((day) => ({ ...day, label: CALENDAR_DAY_KIND_LABELS[day.kind] })),
    note: row
      ? `${year}年工作日按节假日安排计算（${row.source}）`
      : `${year}年的节假日安排尚未导入：工作日按周一至周五计算，不含节假日和调休`,
  };
}

/** The working-day calendar (工作日历): a year's arrangement imported from a file, and read back. */
@Injectable()
export class WorkingCalendarService {
  constructor(
    private readonly transactions: Transactions,
    private readonly calendars: WorkingCalendarRepository,
    private readonly audit: AuditService,
    private readonly notifier: CampaignCalendarNotifier,
  ) {}

  async year(year: number): Promise<CalendarYearView> {
    return viewOf(year, await this.calendars.year(year));
  }

  knownYears(): Promise<number[]> {
    return this.calendars.knownYears();
  }

  /**
   * Replaces one year's arrangement with the file's rows (日期, 类型 休/班, 名称): every row checked, one bad
   * cell and nothing is written (422 listing each); else the year and the audit line in one transaction,
   * then every launched campaign counting working days over that year is told (its started cases too).
   */
  async import(
    actor: AuthenticatedActor,
    year: number,
    source: string,
    file: UploadedSpreadsheet | undefined,
  ): Promise<CalendarImportView> {
    const upload = await readSpreadsheet(file);
    const sheet = readImportRows(upload.records, WORKING_CALENDAR_COLUMNS);
    const { records, problems } = validateCalendarRows(sheet.rows, sheet.incomplete, year);
    if (sheet.problems.length + problems.length > 0) {
      throw importRejected([...sheet.problems, ...problems], 'working calendar', sheet);
    }
    await this.transactions.run(async (manager) => {
      await insertCalendarYear(manager, {
        year,
        source: source.trim(),
        importedBy: actor.userId,
        days: records,
      });
      const count = (kind: string) => records.filter((record) => record.kind === kind).length;
      const payload = {
        year,
        source: source.trim(),
        file: file?.originalname,
        rest: count('REST'),
        work: count('WORK'),
      };
      await this.audit.record(
        actor,
        { action: 'IMPORT_WORKING_CALENDAR', campaignId: SYSTEM_AUDIT_CHAIN, payload },
        manager,
      );
    });
    const campaignsInformed = await this.notifier.calendarChanged(year);
    return { ...(await this.year(year)), campaignsInformed };
  }
}
