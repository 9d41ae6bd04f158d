import type { AwardPolicy, CampaignSchedule, CampaignTargets, InspectionPolicy } from './campaign.types';
import type { CampaignSettings, StandardRef } from './campaign-draft';

/** A change to a campaign: any top-level setting, nested settings key by key. */
export interface CampaignPatch {
  title?: string;
  year?: number;
  organizerJurisdictionId?: string;
  scopeJurisdictionId?: string;
  standard?: Partial<StandardRef>;
  schedule?: Partial<CampaignSchedule>;
  targets?: Partial<CampaignTargets>;
  inspectionPolicy?: Partial<InspectionPolicy>;
  awardPolicy?: Partial<AwardPolicy>;
}

/**
 * What may still change once a campaign is launched. Every running case holds the schedule, standard,
 * inspection and award rules it was invited under, so only what no case acts on may change: the title
 * (display), the targets (reporting only) and the tie-break, which the campaign applies at award time.
 * Deadlines move per case through extend-deadline, which is audited case by case.
 */
export const EDITABLE_AFTER_LAUNCH: readonly string[] = [
  'title',
  'targets.newTitlesPercent',
  'targets.cumulativeTitlesPercent',
  'awardPolicy.tieBreak',
];

/** Drops keys whose value is undefined, so an absent field never overwrites a stored one. */
function defined<T extends object>(value: T | undefined): Partial<T> {
  if (value === undefined) return {};
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

/** The settings after a patch: given fields replace stored ones, nested objects merge key by key. */
export function applyCampaignPatch(current: CampaignSettings, patch: CampaignPatch): CampaignSettings {
  const top = defined(patch);
  return {
    ...current,
    ...defined({
      title: top.title,
      year: top.year,
      organizerJurisdictionId: top.organizerJurisdictionId,
      scopeJurisdictionId: top.scopeJurisdictionId,
    }),
    standard: { ...current.standard, ...defined(top.standard) },
    schedule: { ...current.schedule, ...defined(top.schedule) },
    targets: { ...current.targets, ...defined(top.targets) },
    inspectionPolicy: { ...current.inspectionPolicy, ...defined(top.inspectionPolicy) },
    awardPolicy: { ...current.awardPolicy, ...defined(top.awardPolicy) },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The same instant written two ways (2026-12-31T16:00:00Z, 2027-01-01T00:00:00.000+08:00) is no change. */
function sameInstant(before: unknown, after: unknown): boolean {
  return (
    typeof before === 'string' &&
    typeof after === 'string' &&
    ISO_INSTANT.test(before) &&
    ISO_INSTANT.test(after) &&
    Date.parse(before) === Date.parse(after)
  );
}

function changedPaths(before: unknown, after: unknown, path: string): string[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => changedPaths(before[key], after[key], path === '' ? key : `${path}.${key}`));
  }
  if (sameInstant(before, after)) return [];
  // Lists (reminder days) and scalars compare as a whole.
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [path];
}

/** Every field (dotted path, e.g. schedule.applicationDueAt) whose value differs between the two. */
export function changedFields(before: CampaignSettings, after: CampaignSettings): string[] {
  return changedPaths(before, after, '');
}

/** The changed fields a launched campaign may no longer change; empty when the edit is allowed. */
export function fieldsLockedAfterLaunch(before: CampaignSettings, after: CampaignSettings): string[] {
  return changedFields(before, after).filter((field) => !EDITABLE_AFTER_LAUNCH.includes(field));
}
