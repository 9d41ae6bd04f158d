import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CampaignRunState, DomainError, DomainErrorCode, Problem } from '@app/domain';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { CampaignScoped } from '../auth/campaign-scoped.decorator';
import { Roles } from '../auth/roles.decorator';
import { ScopeService } from '../auth/scope.service';
import { CampaignAccess } from './campaign-access.service';
import { AddCommunitiesDto, CancelCampaignDto, ExtendPhaseDto } from './campaign-operations.dto';
import { CampaignWorkflowClient } from './campaign-workflow.client';
import { AddedCommunitiesView, CampaignRunStateView } from './campaign-run.view';

const actorOf = ({ userId, role, displayName }: AuthenticatedActor) => ({ userId, role, displayName });

/** Campaign-wide acts on a launched campaign, carried out in bulk by its workflow. */
@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns/:id')
export class CampaignOperationsController {
  constructor(
    private readonly access: CampaignAccess,
    private readonly workflow: CampaignWorkflowClient,
    private readonly scope: ScopeService,
  ) {}

  /** The campaign workflow's state: live schedule, whether applications closed, what it did. */
  @Get('run')
  @Roles(UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN)
  @CampaignScoped('READ', 'id')
  @ApiOkResponse({ type: CampaignRunStateView })
  run(@Param('id') id: string): Promise<CampaignRunState> {
    return this.workflow.state(id);
  }

  /** Moves one phase's due date for every case (全体延期); reminders follow. */
  @Post('extend-phase')
  @HttpCode(200)
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @CampaignScoped('MANAGE', 'id')
  @ApiOkResponse({ type: CampaignRunStateView })
  extendPhase(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Body() body: ExtendPhaseDto,
  ) {
    return this.workflow.extendPhase(id, { ...body, actor: actorOf(actor) });
  }

  /** Cancels the campaign; every open case is closed with the reason. */
  @Post('cancel')
  @HttpCode(200)
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @CampaignScoped('MANAGE', 'id')
  @ApiOkResponse({ type: CampaignRunStateView })
  cancel(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Body() body: CancelCampaignDto,
  ) {
    return this.workflow.cancel(id, { reason: body.reason, actor: actorOf(actor) });
  }

  /** Adds communities (eligible ones inside the campaign's scope) to a launched campaign. */
  @Post('communities')
  @HttpCode(200)
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @CampaignScoped('MANAGE', 'id')
  @ApiOkResponse({ type: AddedCommunitiesView })
  async addCommunities(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Body() body: AddCommunitiesDto,
  ) {
    const campaign = await this.access.find(actor, id, 'MANAGE');
    const scopePath = await this.scope.pathOf(campaign.scopeJurisdictionId);
    const paths = await this.scope.pathsOf(body.communityIds);
    const inScope = (communityId: string) =>
      scopePath !== null && (paths.get(communityId) ?? '').startsWith(scopePath);
    const problems: Problem[] = body.communityIds.flatMap((communityId, index) =>
      inScope(communityId)
        ? []
        : [
            {
              field: `communityIds[${index}]`,
              message: `${communityId} is not a community inside the campaign's scope`,
            },
          ],
    );
    if (problems.length > 0)
      throw new DomainError(
        DomainErrorCode.VALIDATION_FAILED,
        'Some communities cannot be added; each is listed.',
        { problems },
      );
    return this.workflow.addCommunities(id, { communityIds: body.communityIds, actor: actorOf(actor) });
  }
}
