import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import {
  accessSatisfies,
  CampaignAccessLevel,
  campaignAccessLevel,
  CampaignViewer,
  CampaignWhereabouts,
  DomainError,
  DomainErrorCode,
} from '@app/domain';
import { CampaignRepository } from '@app/persistence';
import { SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { ExpiringCache } from '../common/expiring-cache';
import { staleOnDatabaseOutage } from './stale-on-database-outage';

/**
 * The one place campaign-level access is checked, for every campaign and case route (through
 * @CampaignScoped and the AuthGuard) and for services called without HTTP (the demo loader, webhooks):
 * the rule is campaignAccessLevel; the campaign's place in the tree is cached for ACCESS_CACHE_MS, so the
 * check costs an action no database read. Its status matters only DRAFT → LAUNCHED, which the launch in
 * this process forgets at once.
 */
@Injectable()
export class CampaignScope {
  private readonly cache: ExpiringCache<string, CampaignWhereabouts | null>;

  constructor(
    private readonly campaigns: CampaignRepository,
    config: AppConfig,
  ) {
    this.cache = new ExpiringCache(config.ACCESS_CACHE_MS, 10_000, Date.now, staleOnDatabaseOutage(config));
  }

  /** The caller's level on the campaign; null when it has none or there is no such campaign. */
  async levelOf(viewer: CampaignViewer | null, campaignId: string): Promise<CampaignAccessLevel | null> {
    // Acts outside any campaign (accounts, standards, webhooks…): their trail is for an ADMIN.
    if (campaignId === SYSTEM_AUDIT_CHAIN) return viewer?.role === 'ADMIN' ? 'READ' : null;
    const whereabouts = await this.whereabouts(campaignId);
    return whereabouts === null ? null : campaignAccessLevel(viewer, whereabouts);
  }

  /** The campaign's status and place in the tree (cached as for the check); null when there is no such campaign. */
  async whereabouts(campaignId: string): Promise<CampaignWhereabouts | null> {
    // PostgreSQL refuses a NUL in text; no campaign id has one.
    if (campaignId.includes('\u0000')) return null;
    const cached = this.cache.peek(campaignId);
    return cached !== undefined
      ? cached
      : this.cache.get(
          campaignId,
          () => this.load(campaignId),
          (found) => found !== null,
        );
  }

  /** The caller's level when it is at least `required`; else 404, as if there were no such campaign. */
  async require(
    viewer: CampaignViewer | null,
    campaignId: string,
    required: CampaignAccessLevel,
  ): Promise<CampaignAccessLevel> {
    const level = await this.levelOf(viewer, campaignId);
    if (level === null || !accessSatisfies(level, required)) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, `No campaign ${campaignId}`);
    }
    return level;
  }

  /** Call after changing a campaign's status or place: this process reads it again at once. */
  forget(campaignId: string): void {
    this.cache.forget(campaignId);
  }

  private load(campaignId: string): Promise<CampaignWhereabouts | null> {
    return this.campaigns.whereabouts(campaignId);
  }
}
