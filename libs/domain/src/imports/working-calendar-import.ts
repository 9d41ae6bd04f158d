import { isIsoDate } from '../targets/title-validity';
import { CalendarDayKind, dayOfWeek } from '../time/working-calendar';
import { duplicatesInFile, ImportColumn, KeyedRow, RowProblem } from './import-sheet';

type CalendarColumn = 'date' | 'kind' | 'name';

/** The columns of a working-day calendar file (one year of the holiday arrangement, 节假日安排). */
export const WORKING_CALENDAR_COLUMNS: ImportColumn<CalendarColumn>[] = [
  { key: 'date', header: '日期', aliases: ['date'], required: true },
  { key: 'kind', header: '类型', aliases: ['kind', '休/班'], required: true },
  { key: 'name', header: '名称', aliases: ['name', '节日'], required: false },
];

const HEADER = Object.fromEntries(
  WORKING_CALENDAR_COLUMNS.map((column) => [column.key, column.header]),
) as Record<CalendarColumn, string>;

const KINDS: Record<string, CalendarDayKind> = {
  休: 'REST',
  放假: 'REST',
  rest: 'REST',
  班: 'WORK',
  上班: 'WORK',
  work: 'WORK',
};

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const MAX_NAME = 50;

/** One marked day of the arrangement, as stored. */
export interface CalendarDayRecord {
  date: string;
  kind: CalendarDayKind;
  /** The holiday it belongs to, e.g. 春节; may be empty. */
  name: string;
}

/** A date cell as offices write it: 2026-01-01, 2026-1-1, 2026/1/1 or 2026年1月1日; null otherwise. */
export function calendarDateOf(text: string): string | null {
  const match = /^(\d{4})(?:[-/](\d{1,2})[-/](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/.exec(text.trim());
  if (match === null) return null;
  const pad = (value: string) => value.padStart(2, '0');
  const date = `${match[1]}-${pad(match[2] ?? match[4])}-${pad(match[3] ?? match[5])}`;
  return isIsoDate(date) ? date : null;
}

function rowProblems({ row, values }: KeyedRow<CalendarColumn>, year: number): RowProblem[] {
  const problem = (column: CalendarColumn, text: string): RowProblem => ({
    row,
    column: HEADER[column],
    problem: text,
  });
  const problems: RowProblem[] = [];
  const date = calendarDateOf(values.date);
  const kind = KINDS[values.kind.toLowerCase()];
  if (date === null)
    problems.push(problem('date', `expected a real date like ${year}-01-01; got "${values.date}"`));
  else if (!date.startsWith(`${year}-`))
    problems.push(problem('date', `${date} is not in ${year}, the year being imported`));
  if (kind === undefined)
    problems.push(
      problem('kind', `expected 休 (a day off) or 班 (a make-up working day); got "${values.kind}"`),
    );
  if (date !== null && kind === 'WORK' && dayOfWeek(date) !== 0 && dayOfWeek(date) !== 6) {
    const weekday = WEEKDAYS[dayOfWeek(date)];
    problems.push(
      problem(
        'kind',
        `${date} is a ${weekday}, a working day anyway; 班 marks a Saturday or Sunday worked (调休)`,
      ),
    );
  }
  if (values.name.length > MAX_NAME) problems.push(problem('name', `at most ${MAX_NAME} characters`));
  return problems;
}

/**
 * Checks every row of one year's arrangement (nothing stops at the first problem): a real date in that
 * year, 休 or 班, 班 only on a weekend, each date once. Records only when there is no problem at all.
 */
export function validateCalendarRows(
  rows: KeyedRow<CalendarColumn>[],
  year: number,
): { records: CalendarDayRecord[]; problems: RowProblem[] } {
  const normalised = rows.map((row) => ({
    row: row.row,
    values: { ...row.values, date: calendarDateOf(row.values.date) ?? row.values.date },
  }));
  const problems = [
    ...rows.flatMap((row) => rowProblems(row, year)),
    ...duplicatesInFile(normalised, 'date', HEADER.date),
  ];
  if (rows.length === 0)
    problems.push({
      row: 2,
      column: HEADER.date,
      problem: "the file has no days; list the year's 休 and 班 days",
    });
  if (problems.length > 0) return { records: [], problems };
  const records = normalised.map(({ values }) => ({
    date: values.date,
    kind: KINDS[values.kind.toLowerCase()],
    name: values.name,
  }));
  return { records: records.sort((a, b) => a.date.localeCompare(b.date)), problems: [] };
}
