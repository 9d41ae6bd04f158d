import dayjs from 'dayjs';
import { campaignBody, wizardFieldOf, type WizardValues } from './wizard-values';

const day = (text: string) => dayjs(text);

describe('campaignBody', () => {
  it('should send due dates as the end of that day and start dates as its beginning, in China time with the offset', () => {
    const body = campaignBody({
      id: 'x-2026',
      title: 't',
      year: 2026,
      standardCode: 'PINGAN',
      standardVersion: 1,
      organizerJurisdictionId: 's',
      scopeJurisdictionId: 's',
      applicationOpensAt: day('2026-12-01'),
      applicationDueAt: day('2026-12-31'),
      selfCheckDueAt: day('2027-01-31'),
      inspectionStartsAt: day('2027-02-01'),
      inspectionDueAt: day('2027-02-28'),
      awardAt: day('2027-03-31'),
      noticeDays: 7,
      reminderDaysBefore: [7, 1],
      overdueRepeatDays: 3,
      escalateAfterDays: 5,
      newTitlesPercent: 20,
      cumulativeTitlesPercent: 60,
      minInspectors: 2,
      maxInspectors: 3,
      combine: 'MEAN',
      rectificationAllowed: true,
      rectificationDays: 14,
      conflictRule: 'SAME_STREET',
      deviationThreshold: 10,
      topN: null,
      tieBreak: null,
      validityYears: 3,
    } satisfies WizardValues);
    expect(body.schedule.applicationOpensAt).toBe('2026-12-01T00:00:00.000+08:00');
    expect(body.schedule.applicationDueAt).toBe('2026-12-31T23:59:59.999+08:00');
    expect(body.standard).toEqual({ code: 'PINGAN', version: 1 });
  });
});

describe('wizardFieldOf', () => {
  it('should place each API problem on its step and field', () => {
    expect(wizardFieldOf('schedule.awardAt')).toEqual({ step: 3, name: 'awardAt' });
    expect(wizardFieldOf('targets.cumulativeTitlesPercent')).toEqual({
      step: 4,
      name: 'cumulativeTitlesPercent',
    });
    expect(wizardFieldOf('scopeJurisdictionId')).toEqual({ step: 2, name: 'scopeJurisdictionId' });
    expect(wizardFieldOf('schedule.reminderDaysBefore[1]')).toEqual({ step: 3, name: 'reminderDaysBefore' });
    expect(wizardFieldOf('nonsense')).toBeNull();
  });
});
