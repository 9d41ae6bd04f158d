import { SYSTEM_ACTOR } from '../accounts/system-actor';
import {
  applicationReminderTitle,
  closeApplicationWindow,
  withApplicationReminderSent,
} from './application-window';
import { newCampaignRunState } from './campaign-run';
import type { CampaignSchedule } from './campaign.types';

const DUE = '2026-12-01T15:59:00.000Z';
const started = newCampaignRunState({
  campaignId: 'c-1',
  title: '平安社区',
  schedule: { applicationDueAt: DUE } as CampaignSchedule,
});

describe('application window steps', () => {
  it('should start running with the window open and nothing sent', () => {
    expect(started).toEqual({
      campaignId: 'c-1',
      title: '平安社区',
      schedule: { applicationDueAt: DUE },
      status: 'RUNNING',
      applicationClosed: false,
      remindersSent: [],
      log: [],
    });
  });

  it('should write the due time in the zone when LOCAL, and as UTC ISO for runs before the patch', () => {
    expect(applicationReminderTitle(DUE, 'LOCAL')).toBe('提醒：请于 2026年12月1日 23:59 前提交申报材料');
    expect(applicationReminderTitle(DUE, 'LOCAL', 'Asia/Urumqi')).toBe(
      '提醒：请于 2026年12月1日 21:59 前提交申报材料',
    );
    expect(applicationReminderTitle(DUE, 'ISO')).toBe(`提醒：请于 ${DUE} 前提交申报材料`);
  });

  it('should remember a sent reminder without changing the state it was given', () => {
    const sent = withApplicationReminderSent(started, 'k1');
    expect(sent.remindersSent).toEqual(['k1']);
    expect(started.remindersSent).toEqual([]);
  });

  it('should close the window and log it as the system at the given instant', () => {
    const closed = closeApplicationWindow(started, DUE, Date.parse('2026-12-01T16:00:00Z'));
    expect(closed.applicationClosed).toBe(true);
    expect(closed.log).toEqual([
      { action: 'APPLICATION_CLOSED', at: '2026-12-01T16:00:00.000Z', by: SYSTEM_ACTOR, detail: DUE },
    ]);
    expect(started.applicationClosed).toBe(false);
  });
});
