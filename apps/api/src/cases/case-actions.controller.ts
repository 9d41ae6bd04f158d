import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { UpdateDefinition } from '@temporalio/common';
import { Actor, allowedActionsFor } from '@app/domain';
import { UserRole } from '@app/persistence';
import * as contract from '@app/workflows/community-case/community-case.contract';
import { caseWorkflowId, CaseView } from '@app/workflows/community-case/community-case.contract';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { Roles } from '../auth/roles.decorator';
import * as dto from './case-commands.dto';
import { CaseWorkflowGateway } from './case-workflow.gateway';
import { CasesService } from './cases.service';
import { IdempotencyKey } from './idempotency-key.decorator';
import { InspectorDirectory } from './inspector-directory.service';
import { CaseIds, ObjectionIds } from './case-ids.dto';
import { CaseInputSource } from './case-input.source';

const ORGANIZERS = [UserRole.ORGANIZER, UserRole.ADMIN];

function actorOf({ userId, role, displayName }: AuthenticatedActor): Actor {
  return { userId, role, displayName };
}

/** Every human action on a case: checked for scope here, for stage and rules by the workflow's validator. */
@ApiTags('case actions')
@ApiBearerAuth()
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'a retry with the same key returns the first result',
})
@Controller('campaigns/:campaignId/cases/:communityId')
export class CaseActionsController {
  constructor(
    private readonly cases: CasesService,
    private readonly gateway: CaseWorkflowGateway,
    private readonly inspectors: InspectorDirectory,
    private readonly inputs: CaseInputSource,
  ) {}

  private async act<A>(
    actor: AuthenticatedActor,
    ids: { campaignId: string; communityId: string },
    update: UpdateDefinition<CaseView, [A]>,
    command: A,
    key: string | undefined,
  ): Promise<CaseView> {
    await this.cases.assertOpen(actor, ids.campaignId, ids.communityId);
    const workflowId = caseWorkflowId(ids.campaignId, ids.communityId);
    const startFrom = () => this.inputs.forCase(ids.campaignId, ids.communityId);
    const view = await this.gateway.update(
      workflowId,
      update,
      command,
      key && `${update.name}:${key}`,
      startFrom,
    );
    return { state: view.state, allowedActions: allowedActionsFor(view.state, actor.role, Date.now()) };
  }

  @Post('application')
  @HttpCode(200)
  @Roles(UserRole.COMMUNITY)
  submitApplication(
    @CurrentActor() a: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.SubmitApplicationDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(
      a,
      ids,
      contract.submitApplicationUpdate,
      { content: body.content, actor: actorOf(a) },
      key,
    );
  }

  @Post('review')
  @HttpCode(200)
  @Roles(...ORGANIZERS)
  review(
    @CurrentActor() a: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.ReviewApplicationDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(a, ids, contract.reviewApplicationUpdate, { ...body, actor: actorOf(a) }, key);
  }

  @Post('self-check')
  @HttpCode(200)
  @Roles(UserRole.COMMUNITY)
  selfCheck(
    @CurrentActor() a: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.SubmitSelfCheckDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(a, ids, contract.submitSelfCheckUpdate, { ...body, actor: actorOf(a) }, key);
  }

  /** Assigns the full list of inspectors (add, remove, reassign 转办); the conflict rule is enforced. */
  @Post('inspectors')
  @HttpCode(200)
  @Roles(...ORGANIZERS)
  async assign(
    @CurrentActor() a: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.AssignInspectorsDto,
    @IdempotencyKey() key?: string,
  ) {
    await this.cases.assertOpen(a, ids.campaignId, ids.communityId);
    const inspectors = await this.inspectors.resolve(body.inspectorIds);
    return this.act(
      a,
      ids,
      contract.assignInspectorsUpdate,
      { inspectors, reason: body.reason, actor: actorOf(a) },
      key,
    );
  }

  @Post('checks')
  @HttpCode(200)
  @Roles(UserRole.INSPECTOR)
  submitCheck(
    @CurrentActor() a: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.SubmitCheckDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(a, ids, contract.submitCheckUpdate, { ...body, actor: actorOf(a) }, key);
  }

  @Post('rectification')
  @HttpCode(200)
  @Roles(UserRole.COMMUNITY)
  rectification(
    @CurrentActor() a: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.SubmitRectificationDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(
      a,
      ids,
      contract.submitRectificationUpdate,
      { content: body.content, actor: actorOf(a) },
      key,
    );
  }

  @Post('confirm-scores')
  @HttpCode(200)
  @Roles(...ORGANIZERS)
  confirmScores(
    @CurrentActor() a: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.ConfirmScoresDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(a, ids, contract.confirmScoresUpdate, { note: body.note, actor: actorOf(a) }, key);
  }

  @Post('objections')
  @HttpCode(200)
  raiseObjection(
    @CurrentActor() a: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.RaiseObjectionDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(a, ids, contract.raiseObjectionUpdate, { content: body.content, actor: actorOf(a) }, key);
  }

  @Post('objections/:objectionId/resolve')
  @HttpCode(200)
  @Roles(...ORGANIZERS)
  resolveObjection(
    @CurrentActor() a: AuthenticatedActor,
    @Param() ids: ObjectionIds,
    @Body() body: dto.ResolveObjectionDto,
    @IdempotencyKey() key?: string,
  ) {
    const command = { objectionId: ids.objectionId, ...body, actor: actorOf(a) };
    return this.act(a, ids, contract.resolveObjectionUpdate, command, key);
  }

  @Post('extend-deadline')
  @HttpCode(200)
  @Roles(...ORGANIZERS)
  extendDeadline(
    @CurrentActor() a: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.ExtendDeadlineDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(a, ids, contract.extendDeadlineUpdate, { ...body, actor: actorOf(a) }, key);
  }

  @Post('chase')
  @HttpCode(200)
  @Roles(...ORGANIZERS)
  chase(
    @CurrentActor() a: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.ChaseDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(a, ids, contract.chaseUpdate, { message: body.message, actor: actorOf(a) }, key);
  }

  @Post('withdraw')
  @HttpCode(200)
  @Roles(...ORGANIZERS)
  withdraw(
    @CurrentActor() a: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.WithdrawCaseDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(a, ids, contract.withdrawCaseUpdate, { reason: body.reason, actor: actorOf(a) }, key);
  }
}
