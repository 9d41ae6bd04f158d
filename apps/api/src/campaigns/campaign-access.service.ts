import { Injectable } from '@nestjs/common';
import { CampaignAccessLevel } from '@app/domain';
import { CampaignEntity, CampaignListFilter, CampaignRepository } from '@app/persistence';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { CampaignScope } from '../auth/campaign-scope.service';

/**
 * Campaign rows as an actor may see them. Whether it may is CampaignScope's (campaignAccessLevel in
 * libs/domain); the list is the same rule as SQL (scopeCampaigns), held to it by the authorisation matrix test.
 */
@Injectable()
export class CampaignAccess {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly campaignScope: CampaignScope,
  ) {}

  /** One page of the campaigns on which the actor has at least PART, each with its standard's reference. */
  visiblePage(actor: AuthenticatedActor, filter: CampaignListFilter) {
    return this.campaigns.visiblePage(actor, filter);
  }

  /** The ids of the campaigns the actor manages. */
  managedIds(actor: AuthenticatedActor): Promise<string[]> {
    return this.campaigns.managedIds(actor);
  }

  /** The campaign if the actor has at least `level` on it; 404 otherwise, so ids outside scope do not leak. */
  async find(
    actor: AuthenticatedActor,
    id: string,
    level: CampaignAccessLevel = 'PART',
  ): Promise<CampaignEntity> {
    await this.campaignScope.require(actor, id, level);
    return this.campaigns.getWithStandardRef(id);
  }

  /** Call once a change of status or place has committed: this process reads the campaign again at once. */
  changed(id: string): void {
    this.campaignScope.forget(id);
  }
}
