import { buildCampaignSettings } from './campaign.fixture';
import { workingCalendarWarnings } from './campaign-calendar-warnings';

describe(workingCalendarWarnings.name, () => {
  it('should warn for each year of the campaign without an imported arrangement when it counts working days', () => {
    const { schedule, inspectionPolicy } = buildCampaignSettings();
    schedule.awardAt = '2027-01-10T01:00:00Z';
    schedule.noticeDayKind = 'WORKING';

    expect(workingCalendarWarnings(schedule, inspectionPolicy, [2026], 'Asia/Shanghai')).toEqual([
      {
        code: 'WORKING_CALENDAR_MISSING',
        year: 2027,
        message:
          '2027年的节假日安排尚未导入：该年的工作日暂按周一至周五计算，不含节假日和调休。' +
          '导入（POST /working-calendar/2027/import）后开始的公示期和整改期按导入的安排计算。',
      },
    ]);
    expect(workingCalendarWarnings(schedule, inspectionPolicy, [2026, 2027], 'Asia/Shanghai')).toEqual([]);
  });

  it('should not warn a campaign that counts calendar days only', () => {
    const { schedule, inspectionPolicy } = buildCampaignSettings();
    expect(workingCalendarWarnings(schedule, inspectionPolicy, [], 'Asia/Shanghai')).toEqual([]);
  });
});
