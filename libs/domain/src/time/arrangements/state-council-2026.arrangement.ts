import type { CalendarDayRecord } from '../../imports/working-calendar-import';

/** One year's official holiday arrangement as shipped with the code, with where it comes from. */
export interface ShippedArrangement {
  year: number;
  /** The document the days are taken from, as a person would cite it. */
  source: string;
  days: CalendarDayRecord[];
}

const rest = (date: string, name: string): CalendarDayRecord => ({ date, kind: 'REST', name });
const work = (date: string, name: string): CalendarDayRecord => ({ date, kind: 'WORK', name });
const restRange = (from: string, to: string, name: string): CalendarDayRecord[] => {
  const days: CalendarDayRecord[] = [];
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= Date.parse(`${to}T00:00:00Z`); day += 86_400_000) {
    days.push(rest(new Date(day).toISOString().slice(0, 10), name));
  }
  return days;
};

/**
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知, dated 2025年11月4日, as published in full by 新华社
 * on 2025-11-04 (e.g. https://politics.gmw.cn/2025-11/04/content_38391083.htm). Its seven items, each
 * written out below as the notice words it (放假 → 休 for every day of the span, 上班 → 班):
 * 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
 * 二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
 * 三、清明节：4月4日（周六）至6日（周一）放假，共3天。
 * 四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
 * 五、端午节：6月19日（周五）至21日（周日）放假，共3天。
 * 六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
 * 七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
 */
export const STATE_COUNCIL_ARRANGEMENT_2026: ShippedArrangement = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社全文发布）',
  days: [
    ...restRange('2026-01-01', '2026-01-03', '元旦'),
    work('2026-01-04', '元旦'),
    work('2026-02-14', '春节'),
    ...restRange('2026-02-15', '2026-02-23', '春节'),
    work('2026-02-28', '春节'),
    ...restRange('2026-04-04', '2026-04-06', '清明节'),
    ...restRange('2026-05-01', '2026-05-05', '劳动节'),
    work('2026-05-09', '劳动节'),
    ...restRange('2026-06-19', '2026-06-21', '端午节'),
    work('2026-09-20', '国庆节'),
    ...restRange('2026-09-25', '2026-09-27', '中秋节'),
    ...restRange('2026-10-01', '2026-10-07', '国庆节'),
    work('2026-10-10', '国庆节'),
  ],
};

/** Every arrangement shipped with the code. 2027's notice could not be found when this was written: import it (POST /working-calendar/2027) once published. */
export const SHIPPED_ARRANGEMENTS: readonly ShippedArrangement[] = [STATE_COUNCIL_ARRANGEMENT_2026];
