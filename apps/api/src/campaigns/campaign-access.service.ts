import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { DomainError, DomainErrorCode, idsOnPath } from '@app/domain';
import { CampaignEntity, JurisdictionEntity, UserRole } from '@app/persistence';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { ScopeService } from '../auth/scope.service';

/**
 * Which campaigns an actor may see (and, for organizers, manage):
 * - ADMIN: every campaign;
 * - ORGANIZER, OBSERVER: campaigns whose organizer jurisdiction lies in their scope subtree;
 * - COMMUNITY: launched campaigns whose scope contains its community;
 * - INSPECTOR: none (inspectors work through the cases assigned to them).
 */
@Injectable()
export class CampaignAccess {
  constructor(
    @InjectRepository(CampaignEntity) private readonly campaigns: Repository<CampaignEntity>,
    private readonly scope: ScopeService,
  ) {}

  /** The campaigns the actor may see, each with its pinned standard's id, code and version. */
  visible(actor: AuthenticatedActor): SelectQueryBuilder<CampaignEntity> {
    const query = this.campaigns
      .createQueryBuilder('c')
      .innerJoin('c.standard', 's')
      .addSelect(['s.id', 's.code', 's.version']);
    switch (actor.role) {
      case UserRole.ADMIN:
        return query;
      case UserRole.ORGANIZER:
      case UserRole.OBSERVER: {
        const subtree = this.scope.subtreeOf(actor);
        if (subtree === null) return query.andWhere('1 = 0');
        return query
          .innerJoin(JurisdictionEntity, 'o', 'o.id = c.organizerJurisdictionId')
          .andWhere('o.path LIKE :prefix', { prefix: `${subtree}%` });
      }
      case UserRole.COMMUNITY: {
        // A campaign's scope contains the community when the scope is the community or one of its ancestors.
        const ancestors = actor.scopePath === null ? [] : idsOnPath(actor.scopePath);
        return query
          .andWhere('c.status = :launched', { launched: 'LAUNCHED' })
          .andWhere('c.scopeJurisdictionId = ANY(:ancestors)', { ancestors });
      }
      case UserRole.INSPECTOR:
        return query.andWhere('1 = 0');
    }
  }

  /** The campaign if the actor may see it; 404 otherwise, so ids outside scope do not leak. */
  async find(actor: AuthenticatedActor, id: string): Promise<CampaignEntity> {
    const row = await this.visible(actor).andWhere('c.id = :id', { id }).getOne();
    if (row === null) throw new DomainError(DomainErrorCode.NOT_FOUND, `No campaign ${id}`);
    return row;
  }
}
