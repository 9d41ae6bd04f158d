import { CalendarDayKind, dayOfWeek } from '../time/working-calendar';
import { RowProblem } from './header-row';
import { ImportColumns } from './import-column';
import { duplicatesInFile, ImportRow, PartialImportRow } from './import-sheet';

/** The columns of a working-day calendar file: one year of the holiday arrangement (节假日安排). */
export const WORKING_CALENDAR_COLUMNS = {
  date: {
    header: '日期',
    aliases: ['date'],
    required: true,
    type: 'date',
    example: '2026-10-01',
    note: '通知中放假或调休上班的一天，须在导入的年度内；放假期间的每一天各占一行',
  },
  kind: {
    header: '类型',
    aliases: ['kind', '休/班'],
    required: true,
    type: 'enum',
    options: [
      { value: 'REST', labels: ['休', '放假'] },
      { value: 'WORK', labels: ['班', '上班'] },
    ],
    example: '休',
    note: '休：放假（含调休放假）；班：调休上班的星期六或星期日',
  },
  name: {
    header: '名称',
    aliases: ['name', '节日'],
    required: false,
    type: 'text',
    maxLength: 50,
    example: '国庆节',
    note: '所属节日，如 元旦、春节；可留空',
  },
} as const satisfies ImportColumns;

type CalendarColumns = typeof WORKING_CALENDAR_COLUMNS;

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** One marked day of the arrangement, as stored. */
export interface CalendarDayRecord {
  date: string;
  kind: CalendarDayKind;
  /** The holiday it belongs to, e.g. 春节; may be empty. */
  name: string;
}

function rowProblems({ row, values }: ImportRow<CalendarColumns>, year: number): RowProblem[] {
  const problems: RowProblem[] = [];
  const problem = (column: keyof CalendarColumns, text: string) =>
    problems.push({ row, column: WORKING_CALENDAR_COLUMNS[column].header, problem: text });
  if (!values.date.startsWith(`${year}-`)) problem('date', `${values.date} 不在导入的年度 ${year} 内`);
  const weekday = dayOfWeek(values.date);
  if (values.kind === 'WORK' && weekday !== 0 && weekday !== 6) {
    problem('kind', `${values.date} 是${WEEKDAYS[weekday]}，本来就是工作日；“班”只用于调休上班的周六或周日`);
  }
  return problems;
}

/**
 * Checks one year's arrangement, read cell by cell by WORKING_CALENDAR_COLUMNS: each date in that year,
 * 班 only on a Saturday or Sunday, each date once (`incomplete` rows count for that too). Records only
 * when there is no problem at all, in date order.
 */
export function validateCalendarRows(
  rows: ImportRow<CalendarColumns>[],
  incomplete: PartialImportRow<CalendarColumns>[],
  year: number,
): { records: CalendarDayRecord[]; problems: RowProblem[] } {
  const problems = [
    ...rows.flatMap((row) => rowProblems(row, year)),
    ...duplicatesInFile([...rows, ...incomplete], 'date', WORKING_CALENDAR_COLUMNS.date.header),
  ];
  if (rows.length + incomplete.length === 0) {
    const header = WORKING_CALENDAR_COLUMNS.date.header;
    problems.push({
      row: 2,
      column: header,
      problem: "the file has no days; list the year's 休 and 班 days",
    });
  }
  if (problems.length > 0) return { records: [], problems };
  const records = rows.map(({ values }) => ({
    date: values.date,
    kind: values.kind,
    name: values.name ?? '',
  }));
  return { records: records.sort((a, b) => a.date.localeCompare(b.date)), problems: [] };
}
