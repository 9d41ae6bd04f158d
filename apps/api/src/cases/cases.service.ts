import { Injectable } from '@nestjs/common';
import {
  allowedActionsFor,
  caseFileFor,
  CaseStage,
  CaseState,
  DomainError,
  DomainErrorCode,
  isClosed,
} from '@app/domain';
import { CaseProjectionEntity, CaseRepository } from '@app/persistence';
import { caseWorkflowId, CaseView } from '@app/workflows/community-case/community-case.contract';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { CaseListQueryDto } from './case-list-query.dto';
import { CasePageView, CaseSummaryView } from './case.view';

export type CaseSummary = CaseSummaryView;
export type CasePage = CasePageView;

/** Reads cases from the PostgreSQL projection (never from Temporal) and enforces who may see which. */
@Injectable()
export class CasesService {
  constructor(private readonly cases: CaseRepository) {}

  /** One page of the cases the actor may see, and how many match (one statement: readCasePage). */
  async list(actor: AuthenticatedActor, campaignId: string, filters: CaseListQueryDto): Promise<CasePage> {
    const { rows, total } = await this.cases.page(campaignId, actor, filters);
    // The rows come in the view's shape (readCasePage), shared with concurrent readers of the same page.
    return { items: rows as CaseSummary[], total, limit: filters.limit, offset: filters.offset };
  }

  /** The case file if the actor may see it; 404 otherwise, so ids outside scope do not leak. */
  async get(actor: AuthenticatedActor, campaignId: string, communityId: string): Promise<CaseView> {
    const row = await this.cases.visible(actor, caseWorkflowId(campaignId, communityId));
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
    const row = await this.cases.visible(actor, caseWorkflowId(campaignId, communityId), columns);
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
