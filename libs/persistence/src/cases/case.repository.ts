import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import { CaseStage } from '@app/domain';
import { CaseProjectionEntity } from '../entities/case-projection.entity';
import { UserRole } from '../entities/user.entity';
import { CoalescedReads } from '../reads/coalesced-reads';
import { CaseListRow, CaseVisibility, readCasePage } from './case-list.reader';

/** Who looks at cases, as far as which cases they may see goes. */
export interface CaseViewer {
  role: UserRole;
  userId: string;
  scopeId: string | null;
  /** Materialised path of the reader's jurisdiction; null for none. */
  scopePath: string | null;
}

/** The case list's filters and page. */
export interface CaseListFilter {
  stage?: string;
  streetId?: string;
  tier?: string;
  overdue?: boolean;
  limit: number;
  offset: number;
}

/** Restricts a case query to what the reader may see (see the README's authorisation table). */
export function scopeCases(query: SelectQueryBuilder<CaseProjectionEntity>, reader: CaseViewer): void {
  switch (reader.role) {
    case UserRole.ADMIN:
      return;
    case UserRole.COMMUNITY:
      query.andWhere('c.community_id = :own', { own: reader.scopeId ?? '' });
      return;
    case UserRole.INSPECTOR:
      query.andWhere(':me = ANY(c.inspector_ids)', { me: reader.userId });
      return;
    case UserRole.ORGANIZER:
    case UserRole.OBSERVER:
      // No scope: nothing to see (an account not yet placed in the jurisdiction tree).
      if (reader.scopePath === null) query.andWhere('1 = 0');
      else query.andWhere('c.community_path LIKE :prefix', { prefix: `${reader.scopePath}%` });
      return;
  }
}

/** scopeCases' rule for the list's one statement (readCasePage). */
function visibilityOf(reader: CaseViewer): CaseVisibility {
  switch (reader.role) {
    case UserRole.ADMIN:
      return { kind: 'ALL' };
    case UserRole.COMMUNITY:
      return { kind: 'COMMUNITY', communityId: reader.scopeId ?? '' };
    case UserRole.INSPECTOR:
      return { kind: 'INSPECTOR', userId: reader.userId };
    case UserRole.ORGANIZER:
    case UserRole.OBSERVER:
      return reader.scopePath === null ? { kind: 'NONE' } : { kind: 'SUBTREE', pathPrefix: reader.scopePath };
  }
}

/** Every statement on the cases' read model (case_projection) that the API runs. */
@Injectable()
export class CaseRepository {
  private readonly cases: Repository<CaseProjectionEntity>;
  /** Concurrent reads of the same page by readers who see the same cases share a statement (CoalescedReads). */
  private readonly pageReads = new CoalescedReads<{ rows: CaseListRow[]; total: number }>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.cases = dataSource.getRepository(CaseProjectionEntity);
  }

  /** One page of a campaign's cases the reader may see, by community id, and how many match in all. */
  async page(
    campaignId: string,
    reader: CaseViewer,
    filter: CaseListFilter,
  ): Promise<{ rows: CaseListRow[]; total: number }> {
    const query = { ...filter, campaignId, visibility: visibilityOf(reader) };
    // The key is the whole query: the rows depend on nothing else (the visibility, not who asks).
    return this.pageReads.read(JSON.stringify(query), () => readCasePage(this.cases.manager, query));
  }

  /** The case's row when the reader may see it (only `columns` when given, as `c.<property>`); else null. */
  async visible(
    reader: CaseViewer,
    workflowId: string,
    columns?: string[],
  ): Promise<CaseProjectionEntity | null> {
    const query = this.cases.createQueryBuilder('c');
    if (columns !== undefined) query.select(columns);
    query.where('c.workflow_id = :id', { id: workflowId });
    scopeCases(query, reader);
    return query.getOne();
  }

  /** The campaign's cases on public notice (公示), by community id. */
  onNotice(campaignId: string): Promise<CaseProjectionEntity[]> {
    return this.cases.find({ where: { campaignId, stage: CaseStage.NOTICE }, order: { communityId: 'ASC' } });
  }

  /** Whether the community's case is on the campaign's public notice now. */
  isOnNotice(campaignId: string, communityId: string): Promise<boolean> {
    return this.cases.exists({ where: { campaignId, communityId, stage: CaseStage.NOTICE } });
  }
}
