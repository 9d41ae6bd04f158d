import { MigrationInterface, QueryRunner } from 'typeorm';
import { STATE_COUNCIL_ARRANGEMENT_2026 } from '@app/domain';
import { insertCalendarYear } from '../working-calendar/working-calendar.repository';

/**
 * The working-day calendar: per year, the days the State Council's holiday arrangement marks (休 a day
 * off, 班 a weekend worked). A year with a row in working_calendar_year is known; any other counts
 * weekends only. Ships the 2026 arrangement (its source is named in the data file and stored with it).
 */
export class WorkingCalendar1765500000000 implements MigrationInterface {
  name = 'WorkingCalendar1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "working_calendar_year" (
        "year" integer PRIMARY KEY,
        "source" text NOT NULL,
        "imported_by" text NOT NULL,
        "imported_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_working_calendar_year_range" CHECK ("year" BETWEEN 2000 AND 2100)
      )`);
    await queryRunner.query(`
      CREATE TABLE "working_calendar_day" (
        "date" date PRIMARY KEY,
        "year" integer NOT NULL,
        "kind" text NOT NULL,
        "name" text NOT NULL DEFAULT '',
        CONSTRAINT "fk_working_calendar_day_year" FOREIGN KEY ("year")
          REFERENCES "working_calendar_year" ("year") ON DELETE CASCADE,
        CONSTRAINT "ck_working_calendar_day_in_year" CHECK (extract(year FROM "date") = "year"),
        CONSTRAINT "ck_working_calendar_day_kind" CHECK ("kind" IN ('REST', 'WORK')),
        -- 班 (a make-up working day) is only ever a Saturday or Sunday.
        CONSTRAINT "ck_working_calendar_day_work_on_weekend"
          CHECK ("kind" = 'REST' OR extract(isodow FROM "date") IN (6, 7))
      )`);
    await queryRunner.query(
      `CREATE INDEX "idx_working_calendar_day_year" ON "working_calendar_day" ("year")`,
    );
    await insertCalendarYear(queryRunner.manager, {
      ...STATE_COUNCIL_ARRANGEMENT_2026,
      importedBy: 'system',
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "working_calendar_day"`);
    await queryRunner.query(`DROP TABLE "working_calendar_year"`);
  }
}
