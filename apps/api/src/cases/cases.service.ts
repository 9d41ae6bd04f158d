import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import {
  allowedActionsFor,
  caseFileFor,
  CaseStage,
  CaseState,
  DomainError,
  DomainErrorCode,
  isClosed,
} from '@app/domain';
import { CaseListRow, CaseProjectionEntity, CaseVisibility, readCasePage, UserRole } from '@app/persistence';
import { caseWorkflowId, CaseView } from '@app/workflows/community-case/community-case.contract';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { CaseListQueryDto } from './case-list-query.dto';
import { CasePageView, CaseSummaryView } from './case.view';

export type CaseSummary = CaseSummaryView;
export type CasePage = CasePageView;

/** Restricts a case query to what the actor may see (see the README's authorisation table). */
export function scopeCases(query: SelectQueryBuilder<CaseProjectionEntity>, actor: AuthenticatedActor): void {
  switch (actor.role) {
    case UserRole.ADMIN:
      return;
    case UserRole.COMMUNITY:
      query.andWhere('c.community_id = :own', { own: actor.scopeId ?? '' });
      return;
    case UserRole.INSPECTOR:
      query.andWhere(':me = ANY(c.inspector_ids)', { me: actor.userId });
      return;
    case UserRole.ORGANIZER:
    case UserRole.OBSERVER:
      // No scope: nothing to see (an account not yet placed in the jurisdiction tree).
      if (actor.scopePath === null) query.andWhere('1 = 0');
      else query.andWhere('c.community_path LIKE :prefix', { prefix: `${actor.scopePath}%` });
      return;
  }
}

/** Reads cases from the PostgreSQL projection (never from Temporal) and enforces who may see which. */
@Injectable()
export class CasesService {
  constructor(
    @InjectRepository(CaseProjectionEntity) private readonly cases: Repository<CaseProjectionEntity>,
  ) {}

  /** One page of the cases the actor may see, and how many match (readCasePage: one statement). */
  async list(actor: AuthenticatedActor, campaignId: string, filters: CaseListQueryDto): Promise<CasePage> {
    const { rows, total } = await readCasePage(this.cases.manager, {
      campaignId,
      visibility: visibilityOf(actor),
      stage: filters.stage,
      streetId: filters.streetId,
      tier: filters.tier,
      overdue: filters.overdue,
      limit: filters.limit,
      offset: filters.offset,
    });
    return { items: rows.map(summaryOf), total, limit: filters.limit, offset: filters.offset };
  }

  /** The case file if the actor may see it; 404 otherwise, so ids outside scope do not leak. */
  async get(actor: AuthenticatedActor, campaignId: string, communityId: string): Promise<CaseView> {
    const query = this.cases
      .createQueryBuilder('c')
      .where('c.workflow_id = :id', { id: caseWorkflowId(campaignId, communityId) });
    scopeCases(query, actor);
    const row = await query.getOne();
    if (!row)
      throw new DomainError(
        DomainErrorCode.NOT_FOUND,
        `No case for community ${communityId} in campaign ${campaignId}`,
      );
    const state = row.snapshot as unknown as CaseState;
    return {
      state: caseFileFor(state, actor),
      allowedActions: allowedActionsFor(state, actor.role, Date.now()),
    };
  }

  /**
   * Before an action: 404 when the actor may not see the case, 409 with the stage when it is closed.
   * Reads the stage only (no case file).
   */
  async assertOpen(actor: AuthenticatedActor, campaignId: string, communityId: string): Promise<void> {
    await this.openRow(actor, campaignId, communityId, ['c.workflowId', 'c.stage']);
  }

  /**
   * The case file of an open case the actor may see, as its row holds it: for a case whose workflow has
   * not started, the whole truth (launch wrote it; the campaign's set-based steps keep it). 404 / 409 as
   * assertOpen.
   */
  async openCaseFile(actor: AuthenticatedActor, campaignId: string, communityId: string): Promise<CaseState> {
    const row = await this.openRow(actor, campaignId, communityId, ['c.workflowId', 'c.stage', 'c.snapshot']);
    return row.snapshot as unknown as CaseState;
  }

  private async openRow(
    actor: AuthenticatedActor,
    campaignId: string,
    communityId: string,
    columns: string[],
  ): Promise<CaseProjectionEntity> {
    const query = this.cases
      .createQueryBuilder('c')
      .select(columns)
      .where('c.workflow_id = :id', { id: caseWorkflowId(campaignId, communityId) });
    scopeCases(query, actor);
    const row = await query.getOne();
    if (!row)
      throw new DomainError(
        DomainErrorCode.NOT_FOUND,
        `No case for community ${communityId} in campaign ${campaignId}`,
      );
    if (isClosed(row.stage as CaseStage)) {
      throw new DomainError(
        DomainErrorCode.WRONG_STAGE,
        `The case is closed (${row.stage}); nothing more can be done to it`,
        {
          stage: row.stage,
          allowedActions: [],
        },
      );
    }
    return row;
  }
}

/** scopeCases' rule for the list's one statement. */
function visibilityOf(actor: AuthenticatedActor): CaseVisibility {
  switch (actor.role) {
    case UserRole.ADMIN:
      return { kind: 'ALL' };
    case UserRole.COMMUNITY:
      return { kind: 'COMMUNITY', communityId: actor.scopeId ?? '' };
    case UserRole.INSPECTOR:
      return { kind: 'INSPECTOR', userId: actor.userId };
    case UserRole.ORGANIZER:
    case UserRole.OBSERVER:
      return actor.scopePath === null ? { kind: 'NONE' } : { kind: 'SUBTREE', pathPrefix: actor.scopePath };
  }
}

function summaryOf(row: CaseListRow): CaseSummary {
  return {
    communityId: row.communityId,
    communityName: row.communityName ?? row.communityId,
    streetId: row.streetId,
    stage: row.stage as CaseStage,
    tier: row.tier,
    totalScore: row.totalScore === null ? null : Number(row.totalScore),
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: row.dueAt !== null && row.dueAt.getTime() < Date.now(),
    seq: row.seq,
  };
}
