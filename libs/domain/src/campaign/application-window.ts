import { SYSTEM_ACTOR } from '../accounts/system-actor';
import type { TimeWriting } from '../case/reminders';
import { formatLocalDateTime } from '../time/local-time-format';
import { DEFAULT_TIME_ZONE } from '../time/zoned-time';
import type { CampaignRunState } from './campaign-run';

// The campaign workflow's steps for the application window (申报期) of communities that have not applied:
// the bulk reminder's text and bookkeeping, and the window's close. Pure, so its replay never varies.

/**
 * The bulk reminder's title, e.g. `提醒：请于 2026年12月1日 23:59 前提交申报材料`. LOCAL writes the due time
 * in `timeZone` (default Asia/Shanghai); ISO is the UTC text runs wrote before patch `local-time-texts`.
 */
export function applicationReminderTitle(
  dueAt: string,
  writing: TimeWriting,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  const due = writing === 'LOCAL' ? formatLocalDateTime(dueAt, timeZone) : dueAt;
  return `提醒：请于 ${due} 前提交申报材料`;
}

/** The campaign after the bulk reminder `key` went out (so it is never sent twice). */
export function withApplicationReminderSent(state: CampaignRunState, key: string): CampaignRunState {
  return { ...state, remindersSent: [...state.remindersSent, key] };
}

/** The campaign once the application window closed at `dueAt` (`now`, epoch ms, goes in its log). */
export function closeApplicationWindow(
  state: CampaignRunState,
  dueAt: string,
  now: number,
): CampaignRunState {
  const entry = {
    action: 'APPLICATION_CLOSED',
    at: new Date(now).toISOString(),
    by: SYSTEM_ACTOR,
    detail: dueAt,
  };
  return { ...state, applicationClosed: true, log: [...state.log, entry] };
}
