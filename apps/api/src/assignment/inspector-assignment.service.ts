import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CaseStage,
  DomainError,
  DomainErrorCode,
  isClosed,
  MAX_DRAW_SEED,
  proposeTeams,
  recusalUpdateId,
} from '@app/domain';
import { caseWorkflowId, recuseInspectorUpdate } from '@app/workflows/community-case/community-case.contract';
import { InspectorAssignmentRepository, Transactions, UserRole } from '@app/persistence';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { AuditService } from '../audit/audit.service';
import { InspectorDirectory } from '../cases/inspector-directory.service';
import { CasesService } from '../cases/cases.service';
import { actorOf } from '../cases/case-action-runner';
import { CaseWorkflowClient } from '../cases/case-workflow.client';
import { ProposeTeamsDto } from './inspector-assignment.dto';
import { DeclaredConflictView, TeamProposalView } from './inspector-assignment.view';

/** Automatic inspector assignment (proposals only; confirming is the assign action per case) and 申请回避. */
@Injectable()
export class InspectorAssignmentService {
  constructor(
    private readonly repository: InspectorAssignmentRepository,
    private readonly directory: InspectorDirectory,
    private readonly cases: CasesService,
    private readonly caseWorkflow: CaseWorkflowClient,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Teams for the named cases (proposeTeams): nothing changes on any case. A drawing by lot (draw or
   * seed) is recorded in the campaign's audit trail with its seed, so it can be repeated and checked.
   */
  async propose(
    actor: AuthenticatedActor,
    campaignId: string,
    dto: ProposeTeamsDto,
  ): Promise<TeamProposalView> {
    const policy = await this.repository.inspectionPolicyOf(campaignId);
    if (!policy) throw new DomainError(DomainErrorCode.NOT_FOUND, `No campaign ${campaignId}`);
    const least = Math.max(policy.minInspectors, 1);
    const teamSize = dto.teamSize ?? least;
    if (teamSize < least || teamSize > policy.maxInspectors)
      throw invalid(
        'teamSize',
        `the campaign's teams have ${least} to ${policy.maxInspectors} inspectors; got ${teamSize}`,
      );
    const rows = await this.repository.casesToStaff(campaignId, dto.communityIds, scopePathOf(actor));
    const found = new Map(rows.map((row) => [row.communityId, row]));
    const missing = dto.communityIds.findIndex((id) => !found.has(id));
    if (missing >= 0)
      throw invalid(
        `communityIds[${missing}]`,
        `${dto.communityIds[missing]} is not a case of this campaign in your area`,
      );
    const ordered = dto.communityIds.map((id) => found.get(id)!);
    const inspecting = ordered.filter((row) => (row.stage as CaseStage) === CaseStage.INSPECTION);
    const pool = await this.directory.list();
    const [currentLoads, declared] = await Promise.all([
      this.repository.openLoads(pool.map((inspector) => inspector.userId)),
      this.repository.declaredOn(campaignId, dto.communityIds),
    ]);
    const seed = dto.seed ?? (dto.draw ? randomInt(0, MAX_DRAW_SEED) : null);
    const proposal = proposeTeams({
      cases: inspecting.map(({ communityId, streetId }) => ({ communityId, streetId })),
      pool,
      teamSize,
      conflictRule: policy.conflictRule,
      declaredConflicts: declared,
      currentLoads,
      seed,
    });
    if (seed !== null)
      await this.audit.record(actor, {
        action: 'INSPECTORS_DRAWN',
        campaignId,
        payload: { seed, teamSize, communityIds: dto.communityIds, teams: proposal.teams },
      });
    return {
      teamSize,
      minInspectors: least,
      maxInspectors: policy.maxInspectors,
      conflictRule: policy.conflictRule,
      seed,
      pool,
      cases: ordered,
      declaredConflicts: declared,
      teams: proposal.teams,
      unstaffed: proposal.unstaffed,
      notInInspection: ordered
        .filter((row) => (row.stage as CaseStage) !== CaseStage.INSPECTION)
        .map((row) => row.communityId),
      loads: pool.map(({ userId }) => ({
        userId,
        current: currentLoads[userId] ?? 0,
        proposed: proposal.loads[userId] ?? 0,
      })),
    };
  }

  /**
   * 申请回避: an inspector on the case's team declares a conflict. The case workflow takes them off the
   * team first (recuseInspector: refused 409 outside INSPECTION or once their sheet of the round is in);
   * only then is the declaration kept with its audit entry, so a refusal writes nothing. A declaration
   * already kept is answered as it stands; the Update's fixed id makes a retry after a failed write get
   * the first removal's result instead of removing twice. 404 when the caller is not on the team.
   */
  async declare(
    actor: AuthenticatedActor,
    campaignId: string,
    communityId: string,
    reason: string,
  ): Promise<DeclaredConflictView> {
    const kept = await this.declaredBy(actor, campaignId, communityId);
    if (kept) return kept;
    const [row] = await this.repository.casesToStaff(campaignId, [communityId], null);
    // The read model may already show them gone when an earlier attempt's removal went through: the
    // workflow decides for a case in INSPECTION; elsewhere someone not on the team learns nothing.
    const onTeam =
      row && (row.inspectorIds.includes(actor.userId) || (row.stage as CaseStage) === CaseStage.INSPECTION);
    if (!onTeam)
      throw new DomainError(
        DomainErrorCode.NOT_FOUND,
        `No case for community ${communityId} in campaign ${campaignId}`,
      );
    if (isClosed(row.stage as CaseStage))
      throw new DomainError(
        DomainErrorCode.WRONG_STAGE,
        `The case is closed (${row.stage}); nothing more can be done to it`,
        { stage: row.stage },
      );
    const workflowId = caseWorkflowId(campaignId, communityId);
    const conflict = { campaignId, communityId, inspectorId: actor.userId, reason: reason.trim() };
    const recused = await this.caseWorkflow.update(
      workflowId,
      recuseInspectorUpdate,
      { reason: conflict.reason, actor: actorOf(actor) },
      { updateId: recusalUpdateId(actor.userId) },
    );
    // Concurrent declarations share the first removal (one Update id): keep the reason the case kept.
    const recusal = recused.state.recusals?.find((entry) => entry.inspectorId === actor.userId);
    if (recusal) conflict.reason = recusal.reason;
    await this.transactions.run(async (manager) => {
      if (await this.repository.declare(manager, conflict))
        await this.audit.record(
          actor,
          { action: 'CONFLICT_DECLARED', campaignId, communityId, payload: { reason: conflict.reason } },
          manager,
        );
    });
    // The task list read straight after no longer holds the case.
    await this.caseWorkflow.readYourWrites(workflowId, recused.state.seq);
    return (await this.declaredBy(actor, campaignId, communityId))!;
  }

  private async declaredBy(
    actor: AuthenticatedActor,
    campaignId: string,
    communityId: string,
  ): Promise<DeclaredConflictView | undefined> {
    const declared = await this.repository.declaredOn(campaignId, [communityId]);
    return declared.find((conflict) => conflict.inspectorId === actor.userId);
  }

  /** The conflicts declared on a case the caller may see (the organizer's "needs a replacement"). */
  async declaredOn(
    actor: AuthenticatedActor,
    campaignId: string,
    communityId: string,
  ): Promise<DeclaredConflictView[]> {
    await this.cases.get(actor, campaignId, communityId);
    return this.repository.declaredOn(campaignId, [communityId]);
  }

  /** The cases on which the calling inspector declared a conflict. */
  mine(actor: AuthenticatedActor): Promise<{ campaignId: string; communityId: string }[]> {
    return this.repository.declaredBy(actor.userId);
  }
}

function scopePathOf(actor: AuthenticatedActor): string | null {
  // An organizer without a place in the tree sees nothing: a path no case has.
  return actor.role === UserRole.ADMIN ? null : (actor.scopePath ?? '\u0000');
}

function invalid(field: string, message: string): DomainError {
  return new DomainError(
    DomainErrorCode.INVALID_REQUEST,
    'The proposal cannot be made; each problem is listed.',
    {
      problems: [{ field, message }],
    },
  );
}
