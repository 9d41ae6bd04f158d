/** Milliseconds since the epoch of an instant given as ISO text, a number or a Date; null when unreadable. */
function instantOf(value: string | number | Date): number | null {
  const instant =
    typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : value.getTime();
  return Number.isNaN(instant) ? null : instant;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How long until a deadline, or how long past it, in words a clerk reads: the two largest units. */
export interface TimeLeft {
  overdue: boolean;
  text: string;
}

/** `还剩 3天4小时` before a deadline, `已逾期 2天1小时` after it; minutes only under an hour. */
export function timeLeft(dueAt: string | number | Date, now: number): TimeLeft | null {
  const due = instantOf(dueAt);
  if (due === null) return null;
  const overdue = due <= now;
  const span = Math.abs(due - now);
  const days = Math.floor(span / DAY_MS);
  const hours = Math.floor((span % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((span % HOUR_MS) / MINUTE_MS);
  const amount =
    days > 0
      ? `${days}天${hours > 0 ? `${hours}小时` : ''}`
      : hours > 0
        ? `${hours}小时${minutes > 0 ? `${minutes}分钟` : ''}`
        : `${Math.max(minutes, overdue ? 0 : 1)}分钟`;
  return { overdue, text: overdue ? `已逾期 ${amount}` : `还剩 ${amount}` };
}
