import { timeLeft } from './time-left';

describe('timeLeft', () => {
  const now = Date.parse('2026-12-01T00:00:00Z');

  it('should say how long remains in days and hours', () => {
    expect(timeLeft('2026-12-04T04:30:00Z', now)).toEqual({ overdue: false, text: '还剩 3天4小时' });
  });

  it('should say how long it is overdue', () => {
    expect(timeLeft('2026-11-29T00:00:00Z', now)).toEqual({ overdue: true, text: '已逾期 2天' });
  });

  it('should use hours and minutes under a day, and minutes under an hour', () => {
    expect(timeLeft('2026-12-01T05:07:00Z', now)?.text).toBe('还剩 5小时7分钟');
    expect(timeLeft('2026-12-01T00:20:30Z', now)?.text).toBe('还剩 20分钟');
  });

  it('should count the deadline instant itself as overdue', () => {
    expect(timeLeft(now, now)).toEqual({ overdue: true, text: '已逾期 0分钟' });
  });

  it('should give null for an unreadable deadline', () => {
    expect(timeLeft('soon', now)).toBeNull();
  });
});
