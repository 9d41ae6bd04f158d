import type { Dayjs } from 'dayjs';
import { type CampaignSettings } from '@app/domain';
import { deadlineOf as endOfDay, startOfDayOf as startOfDay } from '../../common/local-time';

/** Everything the campaign wizard's steps collect (dates as the pickers hold them). */
export interface WizardValues {
  id: string;
  title: string;
  /** The title the campaign awards (from the chosen standard), e.g. 平安社区. */
  titleKind?: string;
  year: number;
  standardCode: string;
  standardVersion: number;
  organizerJurisdictionId: string;
  scopeJurisdictionId: string;
  applicationOpensAt: Dayjs;
  applicationDueAt: Dayjs;
  selfCheckDueAt: Dayjs;
  inspectionStartsAt: Dayjs;
  inspectionDueAt: Dayjs;
  awardAt: Dayjs;
  noticeDays: number;
  reminderDaysBefore: number[];
  overdueRepeatDays: number;
  escalateAfterDays: number;
  newTitlesPercent: number;
  cumulativeTitlesPercent: number;
  minInspectors: number;
  maxInspectors: number;
  combine: 'MEAN' | 'TRIMMED_MEAN';
  rectificationAllowed: boolean;
  rectificationDays: number;
  conflictRule: 'OWN_COMMUNITY' | 'SAME_STREET';
  deviationThreshold: number;
  topN: number | null;
  tieBreak: string | null;
  validityYears: number;
}

/** The POST /campaigns body the wizard's values make. */
export function campaignBody(values: WizardValues): CampaignSettings & { id: string } {
  return {
    id: values.id,
    title: values.title,
    year: values.year,
    organizerJurisdictionId: values.organizerJurisdictionId,
    scopeJurisdictionId: values.scopeJurisdictionId,
    standard: { code: values.standardCode, version: values.standardVersion },
    schedule: {
      applicationOpensAt: startOfDay(values.applicationOpensAt),
      applicationDueAt: endOfDay(values.applicationDueAt),
      selfCheckDueAt: endOfDay(values.selfCheckDueAt),
      inspectionStartsAt: startOfDay(values.inspectionStartsAt),
      inspectionDueAt: endOfDay(values.inspectionDueAt),
      noticeDays: values.noticeDays,
      awardAt: endOfDay(values.awardAt),
      reminderDaysBefore: values.reminderDaysBefore,
      overdueRepeatDays: values.overdueRepeatDays,
      escalateAfterDays: values.escalateAfterDays,
    },
    targets: {
      newTitlesPercent: values.newTitlesPercent,
      cumulativeTitlesPercent: values.cumulativeTitlesPercent,
    },
    inspectionPolicy: {
      minInspectors: values.minInspectors,
      maxInspectors: values.maxInspectors,
      combine: values.combine,
      rectificationAllowed: values.rectificationAllowed,
      rectificationDays: values.rectificationDays,
      conflictRule: values.conflictRule,
      deviationThreshold: values.deviationThreshold,
    },
    awardPolicy: {
      topN: values.topN ?? null,
      tieBreak: values.tieBreak ?? null,
      validityYears: values.validityYears,
    },
  };
}

/** Which wizard step holds an API problem's field, and the form field it is shown beside. */
export function wizardFieldOf(field: string): { step: number; name: string } | null {
  // A problem inside a list (schedule.reminderDaysBefore[1]) goes beside the list's one form field.
  const [head, tail] = field.replace(/\[\d+\].*$/, '').split('.', 2);
  switch (head) {
    case 'id':
    case 'title':
    case 'year':
      return { step: 0, name: head };
    case 'standard':
      return { step: 1, name: tail === 'version' ? 'standardVersion' : 'standardCode' };
    case 'organizerJurisdictionId':
    case 'scopeJurisdictionId':
      return { step: 2, name: 'scopeJurisdictionId' };
    case 'schedule':
      return { step: 3, name: tail ?? 'applicationDueAt' };
    case 'targets':
      return { step: 4, name: tail ?? 'newTitlesPercent' };
    case 'inspectionPolicy':
    case 'awardPolicy':
      return { step: 5, name: tail ?? 'minInspectors' };
    default:
      return null;
  }
}
