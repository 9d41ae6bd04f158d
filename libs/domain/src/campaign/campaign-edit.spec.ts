import { buildCampaignSettings } from './campaign.fixture';
import { applyCampaignPatch, changedFields, fieldsLockedAfterLaunch } from './campaign-edit';

describe(applyCampaignPatch.name, () => {
  it('should merge nested settings key by key when a patch gives only some of them', () => {
    const current = buildCampaignSettings();
    const next = applyCampaignPatch(current, {
      title: '新标题',
      schedule: { noticeDays: 10 },
      awardPolicy: { topN: 10, tieBreak: '自查得分高者优先' },
    });

    expect(next).toEqual({
      ...current,
      title: '新标题',
      schedule: { ...current.schedule, noticeDays: 10 },
      awardPolicy: { ...current.awardPolicy, topN: 10, tieBreak: '自查得分高者优先' },
    });
  });

  it('should keep stored values when the patch carries undefined for them', () => {
    const current = buildCampaignSettings();

    expect(
      applyCampaignPatch(current, { title: undefined, targets: { newTitlesPercent: undefined } }),
    ).toEqual(current);
  });

  it('should set a nullable field to null when the patch says null', () => {
    const current = buildCampaignSettings();
    current.awardPolicy.topN = 10;

    expect(applyCampaignPatch(current, { awardPolicy: { topN: null } }).awardPolicy.topN).toBeNull();
  });
});

describe(changedFields.name, () => {
  it('should list dotted paths of the values that differ, and lists as a whole', () => {
    const before = buildCampaignSettings();
    const after = applyCampaignPatch(before, {
      title: before.title,
      standard: { version: 3 },
      schedule: { reminderDaysBefore: [7, 3, 1] },
    });

    expect(changedFields(before, after)).toEqual(['standard.version', 'schedule.reminderDaysBefore']);
  });

  it('should not count a date-time sent again in the zone’s offset as a change, only another instant', () => {
    const before = buildCampaignSettings(); // applicationDueAt 2026-03-31T16:00:00Z
    const same = applyCampaignPatch(before, {
      schedule: { applicationDueAt: '2026-04-01T00:00:00.000+08:00' },
    });
    const later = applyCampaignPatch(before, {
      schedule: { applicationDueAt: '2026-04-01T00:00:01.000+08:00' },
    });

    expect(changedFields(before, same)).toEqual([]);
    expect(changedFields(before, later)).toEqual(['schedule.applicationDueAt']);
  });
});

describe(fieldsLockedAfterLaunch.name, () => {
  it('should allow the title, the targets and the tie-break to change after launch', () => {
    const before = buildCampaignSettings();
    const after = applyCampaignPatch(before, {
      title: '更正后的标题',
      targets: { newTitlesPercent: 25, cumulativeTitlesPercent: 65 },
      awardPolicy: { tieBreak: '整改项目少者优先' },
    });

    expect(fieldsLockedAfterLaunch(before, after)).toEqual([]);
  });

  it('should name every locked field when an edit touches the schedule, policies or the standard', () => {
    const before = buildCampaignSettings();
    const after = applyCampaignPatch(before, {
      title: '更正后的标题',
      schedule: { applicationDueAt: '2026-04-05T16:00:00Z' },
      inspectionPolicy: { minInspectors: 3 },
      awardPolicy: { topN: 10 },
      standard: { version: 3 },
    });

    expect(fieldsLockedAfterLaunch(before, after)).toEqual([
      'standard.version',
      'schedule.applicationDueAt',
      'inspectionPolicy.minInspectors',
      'awardPolicy.topN',
    ]);
  });

  it('should not count a field sent with its stored value as a change', () => {
    const before = buildCampaignSettings();

    expect(fieldsLockedAfterLaunch(before, applyCampaignPatch(before, structuredClone(before)))).toEqual([]);
  });
});
