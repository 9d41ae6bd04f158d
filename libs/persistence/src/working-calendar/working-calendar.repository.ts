import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CalendarDayKind, CalendarDayRecord, WorkingCalendar } from '@app/domain';

/** One year of the calendar as stored: where it came from, who put it there, and its marked days. */
export interface CalendarYearRow {
  year: number;
  source: string;
  importedBy: string;
  importedAt: string;
  days: CalendarDayRecord[];
}

/** A year to store: replaces whatever that year held. */
export interface CalendarYearInput {
  year: number;
  source: string;
  importedBy: string;
  days: CalendarDayRecord[];
}

/**
 * Stores a year's arrangement in one transaction's statements: the year row (replaced) and its days
 * (the old ones go with it, ON DELETE CASCADE), inserted with one statement.
 */
export async function insertCalendarYear(manager: EntityManager, input: CalendarYearInput): Promise<void> {
  await manager.query(`DELETE FROM working_calendar_year WHERE year = $1`, [input.year]);
  await manager.query(`INSERT INTO working_calendar_year (year, source, imported_by) VALUES ($1, $2, $3)`, [
    input.year,
    input.source,
    input.importedBy,
  ]);
  await manager.query(
    `INSERT INTO working_calendar_day (date, year, kind, name)
     SELECT d.date, $1, d.kind, d.name
       FROM unnest($2::date[], $3::text[], $4::text[]) AS d(date, kind, name)`,
    [
      input.year,
      input.days.map((day) => day.date),
      input.days.map((day) => day.kind),
      input.days.map((day) => day.name),
    ],
  );
}

/** Every statement on the working-day calendar (工作日历). */
@Injectable()
export class WorkingCalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The calendar of the given years as the domain counts with it (unknown years simply absent). */
  async calendarFor(years: number[]): Promise<WorkingCalendar> {
    const rows = await this.dataSource.query<
      { year: number; date: string | null; kind: CalendarDayKind | null }[]
    >(
      `SELECT y.year, to_char(d.date, 'YYYY-MM-DD') AS date, d.kind
         FROM working_calendar_year y LEFT JOIN working_calendar_day d ON d.year = y.year
        WHERE y.year = ANY($1::int[])`,
      [years],
    );
    const days: Record<string, CalendarDayKind> = {};
    for (const row of rows) if (row.date !== null && row.kind !== null) days[row.date] = row.kind;
    return { years: [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b), days };
  }

  /** One year as stored, or null when it has not been imported. */
  async year(year: number): Promise<CalendarYearRow | null> {
    const [row] = await this.dataSource.query<Omit<CalendarYearRow, 'days'>[]>(
      `SELECT year, source, imported_by AS "importedBy", imported_at AS "importedAt"
         FROM working_calendar_year WHERE year = $1`,
      [year],
    );
    if (row === undefined) return null;
    const days = await this.dataSource.query<CalendarDayRecord[]>(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name FROM working_calendar_day
        WHERE year = $1 ORDER BY date`,
      [year],
    );
    return { ...row, importedAt: new Date(row.importedAt).toISOString(), days };
  }

  /** The years whose arrangement is known, ascending. */
  async knownYears(): Promise<number[]> {
    const rows = await this.dataSource.query<{ year: number }[]>(
      `SELECT year FROM working_calendar_year ORDER BY year`,
    );
    return rows.map((row) => row.year);
  }
}
