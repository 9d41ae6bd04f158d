import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Actor, assertValidCaseInput, CaseStage } from '@app/domain';
import { UserRole } from '@app/persistence';
import {
  caseWorkflowId,
  CaseView,
  extendDeadlineUpdate,
  reviewApplicationUpdate,
  submitApplicationUpdate,
  withdrawCaseUpdate,
} from '@app/workflows/community-case/community-case.contract';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { Roles } from '../auth/roles.decorator';
import { CaseWorkflowGateway } from './case-workflow.gateway';
import {
  ExtendDeadlineDto,
  ReviewApplicationDto,
  StartCaseDto,
  SubmitApplicationDto,
  WithdrawCaseDto,
} from './case-commands.dto';
import { CasesService } from './cases.service';
import { IdempotencyKey } from './idempotency-key.decorator';

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'a retry with the same key returns the first result',
};

function actorOf({ userId, role, displayName }: AuthenticatedActor): Actor {
  return { userId, role, displayName };
}

@ApiTags('cases')
@ApiBearerAuth()
@Controller('campaigns/:campaignId/cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly gateway: CaseWorkflowGateway,
  ) {}

  @Get()
  @ApiQuery({ name: 'stage', required: false, enum: CaseStage })
  list(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('campaignId') campaignId: string,
    @Query('stage') stage?: string,
  ) {
    return this.cases.list(actor, campaignId, stage);
  }

  @Get(':communityId')
  get(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('campaignId') campaignId: string,
    @Param('communityId') communityId: string,
  ) {
    return this.cases.get(actor, campaignId, communityId);
  }

  /** Invites one community (a campaign launch does this for every community in scope). */
  @Post()
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  start(@Param('campaignId') campaignId: string, @Body() body: StartCaseDto): Promise<CaseView> {
    const input = { ...body, campaignId };
    assertValidCaseInput(input, Date.now());
    return this.gateway.start(input);
  }

  @Post(':communityId/application')
  @HttpCode(200)
  @Roles(UserRole.COMMUNITY)
  @ApiHeader(IDEMPOTENCY_HEADER)
  async submitApplication(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('campaignId') campaignId: string,
    @Param('communityId') communityId: string,
    @Body() body: SubmitApplicationDto,
    @IdempotencyKey() key?: string,
  ): Promise<CaseView> {
    await this.cases.getOpen(actor, campaignId, communityId);
    const command = { content: body.content, actor: actorOf(actor) };
    return this.gateway.update(
      caseWorkflowId(campaignId, communityId),
      submitApplicationUpdate,
      command,
      key && `application:${key}`,
    );
  }

  @Post(':communityId/review')
  @HttpCode(200)
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiHeader(IDEMPOTENCY_HEADER)
  async review(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('campaignId') campaignId: string,
    @Param('communityId') communityId: string,
    @Body() body: ReviewApplicationDto,
    @IdempotencyKey() key?: string,
  ): Promise<CaseView> {
    await this.cases.getOpen(actor, campaignId, communityId);
    const command = { decision: body.decision, reasons: body.reasons, actor: actorOf(actor) };
    return this.gateway.update(
      caseWorkflowId(campaignId, communityId),
      reviewApplicationUpdate,
      command,
      key && `review:${key}`,
    );
  }

  @Post(':communityId/extend-deadline')
  @HttpCode(200)
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiHeader(IDEMPOTENCY_HEADER)
  async extendDeadline(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('campaignId') campaignId: string,
    @Param('communityId') communityId: string,
    @Body() body: ExtendDeadlineDto,
    @IdempotencyKey() key?: string,
  ): Promise<CaseView> {
    await this.cases.getOpen(actor, campaignId, communityId);
    const command = { newDueAt: body.newDueAt, reason: body.reason, actor: actorOf(actor) };
    return this.gateway.update(
      caseWorkflowId(campaignId, communityId),
      extendDeadlineUpdate,
      command,
      key && `extend:${key}`,
    );
  }

  @Post(':communityId/withdraw')
  @HttpCode(200)
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiHeader(IDEMPOTENCY_HEADER)
  async withdraw(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('campaignId') campaignId: string,
    @Param('communityId') communityId: string,
    @Body() body: WithdrawCaseDto,
    @IdempotencyKey() key?: string,
  ): Promise<CaseView> {
    await this.cases.getOpen(actor, campaignId, communityId);
    const command = { reason: body.reason, actor: actorOf(actor) };
    return this.gateway.update(
      caseWorkflowId(campaignId, communityId),
      withdrawCaseUpdate,
      command,
      key && `withdraw:${key}`,
    );
  }
}
