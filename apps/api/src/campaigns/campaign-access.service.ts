import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { CampaignAccessLevel, idsOnPath } from '@app/domain';
import { CampaignEntity, JurisdictionEntity, UserRole } from '@app/persistence';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { CampaignScope } from '../auth/campaign-scope.service';
import { ScopeService } from '../auth/scope.service';

/**
 * Campaign rows as an actor may see them. Whether it may is CampaignScope's (campaignAccessLevel in
 * libs/domain); `visible` is the same rule as SQL for lists, held to it by the authorisation matrix test.
 */
@Injectable()
export class CampaignAccess {
  constructor(
    @InjectRepository(CampaignEntity) private readonly campaigns: Repository<CampaignEntity>,
    private readonly scope: ScopeService,
    private readonly campaignScope: CampaignScope,
  ) {}

  /**
   * The campaigns on which the actor has at least PART (or MANAGE), each with its pinned standard's id,
   * code and version: campaignAccessLevel written as a condition.
   */
  visible(actor: AuthenticatedActor, level: 'PART' | 'MANAGE' = 'PART'): SelectQueryBuilder<CampaignEntity> {
    const query = this.campaigns
      .createQueryBuilder('c')
      .innerJoin('c.standard', 's')
      .addSelect(['s.id', 's.code', 's.version']);
    if (actor.role === UserRole.ADMIN) return query;
    if (level === 'MANAGE') return this.managed(query, actor);
    switch (actor.role) {
      case UserRole.ORGANIZER:
      case UserRole.OBSERVER: {
        const subtree = this.scope.subtreeOf(actor);
        if (subtree === null) return query.andWhere('1 = 0');
        return query
          .innerJoin(JurisdictionEntity, 'o', 'o.id = c.organizerJurisdictionId')
          .innerJoin(JurisdictionEntity, 'sc', 'sc.id = c.scopeJurisdictionId')
          .andWhere(
            `(o.path LIKE :prefix OR (c.status <> 'DRAFT' AND (sc.path LIKE :prefix OR :subtree LIKE sc.path || '%')))`,
            { prefix: `${subtree}%`, subtree },
          );
      }
      case UserRole.COMMUNITY: {
        // A campaign's scope contains the community when the scope is the community or one of its ancestors.
        const ancestors = actor.scopePath === null ? [] : idsOnPath(actor.scopePath);
        return query
          .andWhere(`c.status <> 'DRAFT'`)
          .andWhere('c.scopeJurisdictionId = ANY(:ancestors)', { ancestors });
      }
      case UserRole.INSPECTOR:
        return query.andWhere(`c.status <> 'DRAFT'`);
    }
  }

  /** The campaign if the actor has at least `level` on it; 404 otherwise, so ids outside scope do not leak. */
  async find(
    actor: AuthenticatedActor,
    id: string,
    level: CampaignAccessLevel = 'PART',
  ): Promise<CampaignEntity> {
    await this.campaignScope.require(actor, id, level);
    return this.campaigns
      .createQueryBuilder('c')
      .innerJoin('c.standard', 's')
      .addSelect(['s.id', 's.code', 's.version'])
      .where('c.id = :id', { id })
      .getOneOrFail();
  }

  /** Call once a change of status or place has committed: this process reads the campaign again at once. */
  changed(id: string): void {
    this.campaignScope.forget(id);
  }

  private managed(query: SelectQueryBuilder<CampaignEntity>, actor: AuthenticatedActor) {
    const subtree = this.scope.subtreeOf(actor);
    if (actor.role !== UserRole.ORGANIZER || subtree === null) return query.andWhere('1 = 0');
    return query
      .innerJoin(JurisdictionEntity, 'o', 'o.id = c.organizerJurisdictionId')
      .andWhere('o.path LIKE :prefix', { prefix: `${subtree}%` });
  }
}
