import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { UpdateDefinition } from '@temporalio/common';
import { CaseAction, ScopedActor } from '@app/domain';
import * as contract from '@app/workflows/community-case/community-case.contract';
import { CaseView } from '@app/workflows/community-case/community-case.contract';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { CampaignScoped } from '../auth/campaign-scoped.decorator';
import { CaseActionRoles } from './case-action-roles.decorator';
import * as dto from './case-commands.dto';
import { actorOf, CaseActionRunner } from './case-action-runner';
import { CasesService } from './cases.service';
import { ActionRequest, ActionRequestOptions } from './action-request.decorator';
import { InspectorDirectory } from './inspector-directory.service';
import { CaseIds, ObjectionIds } from './case-ids.dto';
import { CaseFileView } from './case.view';

const A = CaseAction;

/**
 * Every human action on a case. The role is checked here; scope, stage and rules by the workflow's
 * validator on the case file itself, so nothing is read from the database on the way (and an inspector
 * may act the moment they are assigned, whatever the read model shows yet).
 */
@ApiTags('case actions')
@ApiBearerAuth()
@ApiParam({ name: 'campaignId', example: 'demo-2026-pingan' })
@ApiParam({ name: 'communityId', example: 'c-01' })
@ApiOkResponse({ type: CaseFileView, description: 'the new case file and what the caller may do next' })
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description:
    'Makes a retry safe (IETF draft "The Idempotency-Key HTTP Header Field"). 8 to 100 of A-Z a-z 0-9 _ : . -, ' +
    'bare or as a quoted string ("…"; a UUID fits); anything else: 400 INVALID_REQUEST. A key is yours alone ' +
    "(another user's same key is another request) and belongs to the first request you sent with it on " +
    'this case: the same request again (same action, same body) answers with the first result and changes ' +
    'nothing, also while the first is still being processed; the key with a different request: 422 ' +
    'IDEMPOTENCY_KEY_REUSED. A refused request is not remembered. A case remembers its newest 256 keys, ' +
    'for its whole life.',
})
@ApiHeader({
  name: 'Prefer',
  required: false,
  description:
    '"read-your-writes": reply once lists, progress and the audit trail show the action (a few ms later; ' +
    'answered with Preference-Applied: read-your-writes), or after READ_YOUR_WRITES_TIMEOUT_MS (3 s) with ' +
    'X-Read-Your-Writes: pending when the write has not landed yet (the action stands); without it the ' +
    'reply comes as soon as the case has taken the step',
})
@CampaignScoped('PART')
@Controller('campaigns/:campaignId/cases/:communityId')
export class CaseActionsController {
  constructor(
    private readonly cases: CasesService,
    private readonly runner: CaseActionRunner,
    private readonly inspectors: InspectorDirectory,
  ) {}

  private act<A extends { actor: ScopedActor }>(
    actor: AuthenticatedActor,
    ids: { campaignId: string; communityId: string },
    update: UpdateDefinition<CaseView, [A]>,
    command: A,
    request: ActionRequest,
  ): Promise<CaseView> {
    return this.runner.act(actor, ids, update, command, request);
  }

  @Post('application')
  @HttpCode(200)
  @CaseActionRoles(A.SUBMIT_APPLICATION)
  submitApplication(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.SubmitApplicationDto,
    @ActionRequestOptions() request: ActionRequest,
  ) {
    return this.act(
      actor,
      ids,
      contract.submitApplicationUpdate,
      { content: body.content, actor: actorOf(actor) },
      request,
    );
  }

  @Post('review')
  @HttpCode(200)
  @CaseActionRoles(A.ACCEPT_APPLICATION, A.RETURN_APPLICATION)
  review(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.ReviewApplicationDto,
    @ActionRequestOptions() request: ActionRequest,
  ) {
    return this.act(
      actor,
      ids,
      contract.reviewApplicationUpdate,
      { ...body, actor: actorOf(actor) },
      request,
    );
  }

  @Post('self-check')
  @HttpCode(200)
  @CaseActionRoles(A.SUBMIT_SELF_CHECK)
  selfCheck(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.SubmitSelfCheckDto,
    @ActionRequestOptions() request: ActionRequest,
  ) {
    return this.act(actor, ids, contract.submitSelfCheckUpdate, { ...body, actor: actorOf(actor) }, request);
  }

  /** Assigns the full list of inspectors (add, remove, reassign 转办); the conflict rule is enforced. */
  @Post('inspectors')
  @HttpCode(200)
  @CaseActionRoles(A.ASSIGN_INSPECTORS)
  async assign(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.AssignInspectorsDto,
    @ActionRequestOptions() request: ActionRequest,
  ) {
    await this.cases.assertOpen(actor, ids.campaignId, ids.communityId);
    const inspectors = await this.inspectors.resolve(body.inspectorIds, ids);
    return this.act(
      actor,
      ids,
      contract.assignInspectorsUpdate,
      { inspectors, reason: body.reason, actor: actorOf(actor) },
      request,
    );
  }

  @Post('checks')
  @HttpCode(200)
  @CaseActionRoles(A.SUBMIT_CHECK)
  submitCheck(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.SubmitCheckDto,
    @ActionRequestOptions() request: ActionRequest,
  ) {
    return this.act(actor, ids, contract.submitCheckUpdate, { ...body, actor: actorOf(actor) }, request);
  }

  @Post('rectification')
  @HttpCode(200)
  @CaseActionRoles(A.SUBMIT_RECTIFICATION)
  rectification(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.SubmitRectificationDto,
    @ActionRequestOptions() request: ActionRequest,
  ) {
    return this.act(
      actor,
      ids,
      contract.submitRectificationUpdate,
      { content: body.content, actor: actorOf(actor) },
      request,
    );
  }

  @Post('confirm-scores')
  @HttpCode(200)
  @CaseActionRoles(A.CONFIRM_SCORES)
  confirmScores(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.ConfirmScoresDto,
    @ActionRequestOptions() request: ActionRequest,
  ) {
    return this.act(
      actor,
      ids,
      contract.confirmScoresUpdate,
      { note: body.note, actor: actorOf(actor) },
      request,
    );
  }

  @Post('objections')
  @HttpCode(200)
  @CaseActionRoles(A.RAISE_OBJECTION)
  raiseObjection(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.RaiseObjectionDto,
    @ActionRequestOptions() request: ActionRequest,
  ) {
    return this.act(
      actor,
      ids,
      contract.raiseObjectionUpdate,
      { content: body.content, actor: actorOf(actor) },
      request,
    );
  }

  @Post('objections/:objectionId/resolve')
  @ApiParam({ name: 'objectionId', example: 'objection-1' })
  @HttpCode(200)
  @CaseActionRoles(A.RESOLVE_OBJECTION)
  resolveObjection(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: ObjectionIds,
    @Body() body: dto.ResolveObjectionDto,
    @ActionRequestOptions() request: ActionRequest,
  ) {
    const command = { objectionId: ids.objectionId, ...body, actor: actorOf(actor) };
    return this.act(actor, ids, contract.resolveObjectionUpdate, command, request);
  }

  @Post('extend-deadline')
  @HttpCode(200)
  @CaseActionRoles(A.EXTEND_DEADLINE)
  extendDeadline(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.ExtendDeadlineDto,
    @ActionRequestOptions() request: ActionRequest,
  ) {
    return this.act(actor, ids, contract.extendDeadlineUpdate, { ...body, actor: actorOf(actor) }, request);
  }

  @Post('chase')
  @HttpCode(200)
  @CaseActionRoles(A.CHASE)
  chase(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.ChaseDto,
    @ActionRequestOptions() request: ActionRequest,
  ) {
    return this.act(
      actor,
      ids,
      contract.chaseUpdate,
      { message: body.message, actor: actorOf(actor) },
      request,
    );
  }

  @Post('withdraw')
  @HttpCode(200)
  @CaseActionRoles(A.WITHDRAW)
  withdraw(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CaseIds,
    @Body() body: dto.WithdrawCaseDto,
    @ActionRequestOptions() request: ActionRequest,
  ) {
    return this.act(
      actor,
      ids,
      contract.withdrawCaseUpdate,
      { reason: body.reason, actor: actorOf(actor) },
      request,
    );
  }
}
