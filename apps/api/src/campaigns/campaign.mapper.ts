import type { Campaign, CampaignWarning } from '@app/domain';
import type { CampaignEntity } from '@app/persistence';
import type { CampaignView } from './campaign.view';

/** The domain's campaign, from a row whose pinned standard was joined. */
export function campaignOf(row: CampaignEntity): Campaign {
  if (row.standard === undefined) throw new Error(`campaign ${row.id} was read without its standard`);
  return {
    id: row.id,
    title: row.title,
    titleKind: row.titleKind,
    year: row.year,
    organizerJurisdictionId: row.organizerJurisdictionId,
    scopeJurisdictionId: row.scopeJurisdictionId,
    standard: { code: row.standard.code, version: row.standard.version },
    schedule: row.schedule,
    targets: row.targets,
    inspectionPolicy: row.inspectionPolicy,
    awardPolicy: row.awardPolicy,
    status: row.status,
    launchedAt: row.launchedAt?.toISOString() ?? null,
  };
}

/** The campaign as the API shows it; `warnings` from workingCalendarWarnings (none when not given). */
export function campaignViewOf(row: CampaignEntity, warnings: CampaignWarning[] = []): CampaignView {
  return {
    ...campaignOf(row),
    warnings,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
