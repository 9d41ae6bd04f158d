import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import { idsOnPath } from '@app/domain';
import type { CampaignStatus, CampaignWhereabouts } from '@app/domain';
import { CampaignEntity } from '../entities/campaign.entity';
import { JurisdictionEntity } from '../entities/jurisdiction.entity';
import { UserRole } from '../entities/user.entity';
import type { Transaction } from '../transactions';

/** Who looks at campaigns, as far as which they may see goes. */
export interface CampaignViewer {
  role: UserRole;
  /** Materialised path of the viewer's jurisdiction; null for none. */
  scopePath: string | null;
}

/** The campaign list's filters and page. */
export interface CampaignListFilter {
  status?: CampaignStatus;
  year?: number;
  limit: number;
  offset: number;
}

/**
 * The campaigns on which the viewer has at least PART (or MANAGE): campaignAccessLevel (libs/domain)
 * written as a condition, held to it by the authorisation matrix test.
 */
export function scopeCampaigns(
  query: SelectQueryBuilder<CampaignEntity>,
  viewer: CampaignViewer,
  level: 'PART' | 'MANAGE',
): SelectQueryBuilder<CampaignEntity> {
  if (viewer.role === UserRole.ADMIN) return query;
  const subtree = viewer.scopePath;
  if (level === 'MANAGE') {
    if (viewer.role !== UserRole.ORGANIZER || subtree === null) return query.andWhere('1 = 0');
    return query
      .innerJoin(JurisdictionEntity, 'o', 'o.id = c.organizerJurisdictionId')
      .andWhere('o.path LIKE :prefix', { prefix: `${subtree}%` });
  }
  switch (viewer.role) {
    case UserRole.ORGANIZER:
    case UserRole.OBSERVER: {
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
      const ancestors = subtree === null ? [] : idsOnPath(subtree);
      return query
        .andWhere(`c.status <> 'DRAFT'`)
        .andWhere('c.scopeJurisdictionId = ANY(:ancestors)', { ancestors });
    }
    case UserRole.INSPECTOR:
      return query.andWhere(`c.status <> 'DRAFT'`);
  }
}

/** Every statement on campaigns (创建活动) that the apps run. */
@Injectable()
export class CampaignRepository {
  private readonly campaigns: Repository<CampaignEntity>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.campaigns = dataSource.getRepository(CampaignEntity);
  }

  /** A campaign's status and place in the tree (organiser's and scope's paths), as access checks read it. */
  async whereabouts(campaignId: string): Promise<CampaignWhereabouts | null> {
    const rows = await this.dataSource.query<CampaignWhereabouts[]>(
      `SELECT c.status, o.path AS "organizerPath", s.path AS "scopePath"
         FROM campaign c
         JOIN jurisdiction o ON o.id = c.organizer_jurisdiction_id
         JOIN jurisdiction s ON s.id = c.scope_jurisdiction_id
        WHERE c.id = $1`,
      [campaignId],
    );
    return rows[0] ?? null;
  }

  /** One page of the campaigns the viewer may see (newest year first), each with its standard's reference. */
  async visiblePage(
    viewer: CampaignViewer,
    filter: CampaignListFilter,
  ): Promise<{ rows: CampaignEntity[]; total: number }> {
    const query = scopeCampaigns(this.withStandardRef(), viewer, 'PART');
    if (filter.status !== undefined) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.year !== undefined) query.andWhere('c.year = :year', { year: filter.year });
    const [rows, total] = await query
      .orderBy('c.year', 'DESC')
      .addOrderBy('c.id')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    return { rows, total };
  }

  /** The ids of the campaigns the viewer manages (MANAGE). */
  async managedIds(viewer: CampaignViewer): Promise<string[]> {
    const rows = await scopeCampaigns(this.withStandardRef(), viewer, 'MANAGE').select('c.id').getMany();
    return rows.map((row) => row.id);
  }

  /** The campaign with its standard's id, code and version; throws when there is none of that id. */
  getWithStandardRef(id: string): Promise<CampaignEntity> {
    return this.withStandardRef().where('c.id = :id', { id }).getOneOrFail();
  }

  /** A launched campaign (drafts do not exist publicly); null otherwise. */
  findLaunched(id: string): Promise<CampaignEntity | null> {
    return this.campaigns.findOne({ where: { id, status: 'LAUNCHED' } });
  }

  /** The campaign with its pinned standard joined; null when there is none of that id. */
  findWithStandard(id: string): Promise<CampaignEntity | null> {
    return this.campaigns.findOne({ where: { id }, relations: { standard: true } });
  }

  /** The launched campaigns' ids and what decides whether they count working days. */
  launchedSchedules(): Promise<Pick<CampaignEntity, 'id' | 'schedule' | 'inspectionPolicy'>[]> {
    return this.campaigns.find({
      select: { id: true, schedule: true, inspectionPolicy: true },
      where: { status: 'LAUNCHED' },
    });
  }

  /** Inserts a new campaign; a taken id raises a unique violation. */
  async insert(transaction: Transaction, row: Partial<CampaignEntity>): Promise<void> {
    await transaction.insert(CampaignEntity, row);
  }

  /** Updates the campaign only while it still has `status`; false when it changed status meanwhile. */
  async updateIfStatus(
    transaction: Transaction,
    id: string,
    status: CampaignStatus,
    columns: Partial<CampaignEntity>,
  ): Promise<boolean> {
    const result = await transaction.update(CampaignEntity, { id, status }, columns);
    return result.affected === 1;
  }

  private withStandardRef(): SelectQueryBuilder<CampaignEntity> {
    return this.campaigns
      .createQueryBuilder('c')
      .innerJoin('c.standard', 's')
      .addSelect(['s.id', 's.code', 's.version']);
  }
}
