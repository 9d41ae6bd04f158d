import { buildCampaignSettings } from './campaign.fixture';
import { validateCampaignDraft } from './campaign-draft-validation';
import { STATE_COUNCIL_ARRANGEMENT_2026 } from '../time/arrangements/state-council-2026.arrangement';

const TIME_2026 = {
  timeZone: 'Asia/Shanghai',
  calendar: {
    years: [2026],
    days: Object.fromEntries(STATE_COUNCIL_ARRANGEMENT_2026.days.map((day) => [day.date, day.kind])),
  },
};

function fieldsOf(problems: { field: string }[]): string[] {
  return problems.map((problem) => problem.field);
}

describe(validateCampaignDraft.name, () => {
  it('should report no problems when the settings are valid', () => {
    expect(validateCampaignDraft(buildCampaignSettings())).toEqual([]);
  });

  it('should list every problem at once when several sections are wrong', () => {
    const draft = buildCampaignSettings();
    draft.title = ' ';
    draft.year = 1999;
    draft.schedule.noticeDays = 0;
    draft.targets.newTitlesPercent = 101;
    draft.inspectionPolicy.minInspectors = 0;
    draft.awardPolicy.validityYears = 11;

    expect(fieldsOf(validateCampaignDraft(draft))).toEqual([
      'title',
      'year',
      'schedule.noticeDays',
      'targets.newTitlesPercent',
      'inspectionPolicy.minInspectors',
      'awardPolicy.validityYears',
    ]);
  });

  it('should name each date that does not parse when dates lack a time zone or are not dates', () => {
    const draft = buildCampaignSettings();
    draft.schedule.applicationDueAt = '2026-03-31 16:00';
    draft.schedule.awardAt = 'soon';

    expect(validateCampaignDraft(draft)).toEqual([
      {
        field: 'schedule.applicationDueAt',
        message: 'expected an ISO date-time with a time zone, e.g. 2026-12-31T16:00:00Z',
      },
      {
        field: 'schedule.awardAt',
        message: 'expected an ISO date-time with a time zone, e.g. 2026-12-31T16:00:00Z',
      },
    ]);
  });

  it('should report the later date when two dates are out of order', () => {
    const draft = buildCampaignSettings();
    draft.schedule.applicationDueAt = draft.schedule.applicationOpensAt;
    draft.schedule.inspectionStartsAt = '2026-04-29T00:00:00Z';

    expect(validateCampaignDraft(draft)).toEqual([
      {
        field: 'schedule.applicationDueAt',
        message: 'expected after applicationOpensAt (2026-03-01T00:00:00Z)',
      },
      {
        field: 'schedule.inspectionStartsAt',
        message: 'expected on or after selfCheckDueAt (2026-04-30T16:00:00Z)',
      },
    ]);
  });

  it('should accept equal dates when the order allows them', () => {
    const draft = buildCampaignSettings();
    draft.schedule.selfCheckDueAt = draft.schedule.applicationDueAt;
    draft.schedule.inspectionStartsAt = draft.schedule.selfCheckDueAt;

    expect(validateCampaignDraft(draft)).toEqual([]);
  });

  it('should report the award date when it leaves less than the notice period after inspection', () => {
    const draft = buildCampaignSettings();
    draft.schedule.awardAt = '2026-06-07T15:59:59Z';

    expect(validateCampaignDraft(draft)).toEqual([
      {
        field: 'schedule.awardAt',
        message: 'expected at least the 7-day notice period after inspectionDueAt',
      },
    ]);
  });

  it('should report the reminder rule when days are not positive whole numbers', () => {
    const draft = buildCampaignSettings();
    draft.schedule.reminderDaysBefore = [7, 0.5];
    draft.schedule.overdueRepeatDays = 0;
    draft.schedule.escalateAfterDays = -1;

    expect(fieldsOf(validateCampaignDraft(draft))).toEqual([
      'schedule.reminderDaysBefore',
      'schedule.overdueRepeatDays',
      'schedule.escalateAfterDays',
    ]);
  });

  it('should report targets with a third decimal or a new target above the cumulative one', () => {
    const draft = buildCampaignSettings();
    draft.targets.newTitlesPercent = 20.125;
    expect(fieldsOf(validateCampaignDraft(draft))).toEqual(['targets.newTitlesPercent']);

    draft.targets = { newTitlesPercent: 60.01, cumulativeTitlesPercent: 60 };
    expect(validateCampaignDraft(draft)).toEqual([
      { field: 'targets.cumulativeTitlesPercent', message: 'expected at least newTitlesPercent (60.01)' },
    ]);
  });

  it('should accept targets at the bounds when they are 0 and 100 with two decimals', () => {
    const draft = buildCampaignSettings();
    draft.targets = { newTitlesPercent: 0, cumulativeTitlesPercent: 100 };
    expect(validateCampaignDraft(draft)).toEqual([]);
    draft.targets = { newTitlesPercent: 12.34, cumulativeTitlesPercent: 12.34 };
    expect(validateCampaignDraft(draft)).toEqual([]);
  });

  it('should report the maximum when fewer inspectors are allowed than required', () => {
    const draft = buildCampaignSettings();
    draft.inspectionPolicy.minInspectors = 4;

    expect(validateCampaignDraft(draft)).toEqual([
      { field: 'inspectionPolicy.maxInspectors', message: 'expected at least minInspectors (4)' },
    ]);
  });

  it('should refuse a trimmed mean when fewer than 5 inspectors can ever check a community', () => {
    const draft = buildCampaignSettings();
    draft.inspectionPolicy.combine = 'TRIMMED_MEAN';
    expect(validateCampaignDraft(draft)).toEqual([
      {
        field: 'inspectionPolicy.combine',
        message: 'expected MEAN when at most 3 inspectors check a community; TRIMMED_MEAN needs 5 or more',
      },
    ]);

    draft.inspectionPolicy.maxInspectors = 5;
    expect(validateCampaignDraft(draft)).toEqual([]);
  });

  it('should report unknown enumerations when combine and conflict rule are not offered', () => {
    const draft = buildCampaignSettings();
    Object.assign(draft.inspectionPolicy, {
      combine: 'MEDIAN',
      conflictRule: 'NONE',
      deviationThreshold: -1,
    });

    expect(validateCampaignDraft(draft)).toEqual([
      { field: 'inspectionPolicy.combine', message: 'expected MEAN or TRIMMED_MEAN' },
      { field: 'inspectionPolicy.conflictRule', message: 'expected OWN_COMMUNITY or SAME_STREET' },
      {
        field: 'inspectionPolicy.deviationThreshold',
        message: 'expected points from 0 to 100 with at most two decimals',
      },
    ]);
  });

  it('should require rectification days when rectification is allowed, and accept 0 when it is not', () => {
    const draft = buildCampaignSettings();
    draft.inspectionPolicy.rectificationDays = 0;
    expect(validateCampaignDraft(draft)).toEqual([
      {
        field: 'inspectionPolicy.rectificationDays',
        message: 'expected a whole number of days, 1 or more, when rectification is allowed',
      },
    ]);

    draft.inspectionPolicy.rectificationAllowed = false;
    expect(validateCampaignDraft(draft)).toEqual([]);
  });

  it('should require a tie-break when the award is capped to the best N', () => {
    const draft = buildCampaignSettings();
    draft.awardPolicy.topN = 10;
    expect(validateCampaignDraft(draft)).toEqual([
      {
        field: 'awardPolicy.tieBreak',
        message: 'expected the rule that breaks ties at the cap, e.g. 自查得分高者优先',
      },
    ]);

    draft.awardPolicy.tieBreak = '自查得分高者优先';
    expect(validateCampaignDraft(draft)).toEqual([]);
  });

  it('should report the cap when it is not a positive whole number', () => {
    const draft = buildCampaignSettings();
    draft.awardPolicy = { topN: 0, tieBreak: '自查得分高者优先', validityYears: 3 };

    expect(fieldsOf(validateCampaignDraft(draft))).toEqual(['awardPolicy.topN']);
  });

  it('should report the standard version when it is not a positive whole number', () => {
    const draft = buildCampaignSettings();
    draft.standard.version = 1.5;

    expect(fieldsOf(validateCampaignDraft(draft))).toEqual(['standard.version']);
  });

  describe('a notice period in working days', () => {
    // Inspection due 2026-09-23 14:00 Beijing: 5 working days end 2026-10-08 24:00 (中秋, 国庆 off).
    function workingNotice(awardAt: string) {
      const draft = buildCampaignSettings();
      Object.assign(draft.schedule, {
        inspectionDueAt: '2026-09-23T06:00:00Z',
        noticeDays: 5,
        noticeDayKind: 'WORKING',
        awardAt,
      });
      return validateCampaignDraft(draft, TIME_2026);
    }

    it('should accept an award day after the notice’s last working day, counting the holidays', () => {
      expect(workingNotice('2026-10-09T01:00:00Z')).toEqual([]);
    });

    it('should refuse an award day inside it, saying when it ends', () => {
      expect(workingNotice('2026-10-01T01:00:00Z')).toEqual([
        {
          field: 'schedule.awardAt',
          message:
            'expected at least the 5-working-day notice period after inspectionDueAt, which ends 2026-10-08T23:59:59.999+08:00',
        },
      ]);
    });

    it('should refuse a day kind other than CALENDAR or WORKING, for the notice and rectification', () => {
      const draft = buildCampaignSettings();
      Object.assign(draft.schedule, { noticeDayKind: 'BUSINESS' });
      Object.assign(draft.inspectionPolicy, { rectificationDayKind: '工作日' });
      expect(validateCampaignDraft(draft)).toEqual([
        { field: 'schedule.noticeDayKind', message: 'expected CALENDAR (自然日) or WORKING (工作日)' },
        {
          field: 'inspectionPolicy.rectificationDayKind',
          message: 'expected CALENDAR (自然日) or WORKING (工作日)',
        },
      ]);
    });
  });
});
