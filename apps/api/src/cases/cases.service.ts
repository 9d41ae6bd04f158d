import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { allowedActions, CaseState, DomainError, DomainErrorCode } from '@app/domain';
import { CaseProjectionEntity, UserRole } from '@app/persistence';
import { caseWorkflowId, CaseView } from '@app/workflows/community-case/community-case.contract';
import { AuthenticatedActor } from '../auth/authenticated-actor';

/** Reads cases from the PostgreSQL projection (never from Temporal) and enforces who may see which. */
@Injectable()
export class CasesService {
  constructor(
    @InjectRepository(CaseProjectionEntity) private readonly cases: Repository<CaseProjectionEntity>,
  ) {}

  async list(actor: AuthenticatedActor, campaignId: string, stage?: string): Promise<CaseView[]> {
    const query = this.cases.createQueryBuilder('c').where('c.campaign_id = :campaignId', { campaignId });
    if (stage) query.andWhere('c.stage = :stage', { stage });
    if (actor.role === UserRole.COMMUNITY) query.andWhere('c.community_id = :own', { own: actor.scopeId });
    if (actor.role === UserRole.INSPECTOR) return []; // inspectors see assigned cases only (assignment: issue 3)
    const rows = await query.orderBy('c.community_id').limit(500).getMany();
    return rows.map((row) => this.view(row));
  }

  /** The case file if the actor may see it; 404 otherwise, so ids outside scope do not leak. */
  async get(actor: AuthenticatedActor, campaignId: string, communityId: string): Promise<CaseView> {
    const row = await this.cases.findOne({ where: { workflowId: caseWorkflowId(campaignId, communityId) } });
    if (!row || !this.maySee(actor, row)) {
      throw new DomainError(
        DomainErrorCode.NOT_FOUND,
        `No case for community ${communityId} in campaign ${campaignId}`,
      );
    }
    return this.view(row);
  }

  /** Like get, but a closed case answers 409 with its stage before anything is sent to Temporal. */
  async getOpen(actor: AuthenticatedActor, campaignId: string, communityId: string): Promise<CaseView> {
    const view = await this.get(actor, campaignId, communityId);
    if (view.allowedActions.length === 0) {
      throw new DomainError(
        DomainErrorCode.WRONG_STAGE,
        `The case is closed (${view.state.stage}); nothing more can be done to it`,
        {
          stage: view.state.stage,
          allowedActions: [],
        },
      );
    }
    return view;
  }

  private maySee(actor: AuthenticatedActor, row: CaseProjectionEntity): boolean {
    if (actor.role === UserRole.COMMUNITY) return row.communityId === actor.scopeId;
    return actor.role !== UserRole.INSPECTOR;
  }

  private view(row: CaseProjectionEntity): CaseView {
    const state = row.snapshot as unknown as CaseState;
    return { state, allowedActions: allowedActions(state) };
  }
}
