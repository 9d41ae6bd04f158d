import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { CaseAction } from '@app/domain';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { CampaignScoped } from '../auth/campaign-scoped.decorator';
import { Roles } from '../auth/roles.decorator';
import { CaseActionRoles } from '../cases/case-action-roles.decorator';
import { CaseIds } from '../cases/case-ids.dto';
import { DeclareConflictDto, ProposeTeamsDto } from './inspector-assignment.dto';
import { InspectorAssignmentService } from './inspector-assignment.service';
import { DeclaredConflictView, MyConflictView, TeamProposalView } from './inspector-assignment.view';

class CampaignIds {
  @ApiProperty({ example: 'demo-2026-pingan' })
  @IsString()
  @MaxLength(100)
  campaignId!: string;
}

/** Automatic inspector assignment (自动分配, 随机抽取) and conflicts inspectors declare (申请回避). */
@ApiTags('inspector assignment')
@ApiBearerAuth()
@Controller()
export class InspectorAssignmentController {
  constructor(private readonly assignment: InspectorAssignmentService) {}

  /**
   * Proposes a team for each named case that respects 回避 and balances load; changes nothing. The
   * organizer adjusts and confirms with the assign action per case.
   */
  @Post('campaigns/:campaignId/inspector-proposals')
  @HttpCode(200)
  @ApiParam({ name: 'campaignId', example: 'demo-2026-pingan' })
  @CampaignScoped('PART')
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiOkResponse({ type: TeamProposalView })
  propose(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CampaignIds,
    @Body() body: ProposeTeamsDto,
  ): Promise<TeamProposalView> {
    return this.assignment.propose(actor, ids.campaignId, body);
  }

  /**
   * 申请回避: the calling inspector, on the case's team, declares a conflict with why; the case takes them
   * off its team (RECUSE_INSPECTOR, INSPECTION only, not once their sheet of the round is in: 409).
   * Declaring again changes nothing.
   */
  @Post('campaigns/:campaignId/conflict-declarations')
  @HttpCode(200)
  @ApiParam({ name: 'campaignId', example: 'demo-2026-pingan' })
  @CampaignScoped('PART')
  @CaseActionRoles(CaseAction.RECUSE_INSPECTOR)
  @ApiOkResponse({ type: DeclaredConflictView })
  declare(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CampaignIds,
    @Body() body: DeclareConflictDto,
  ): Promise<DeclaredConflictView> {
    return this.assignment.declare(actor, ids.campaignId, body.communityId, body.reason);
  }

  /** Conflicts declared on a case: a team member who declared one needs a replacement. */
  @Get('campaigns/:campaignId/cases/:communityId/conflict-declarations')
  @ApiParam({ name: 'campaignId', example: 'demo-2026-pingan' })
  @ApiParam({ name: 'communityId', example: 'c-01' })
  @CampaignScoped('PART')
  @Roles(UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN)
  @ApiOkResponse({ type: [DeclaredConflictView] })
  declaredOn(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CaseIds,
  ): Promise<DeclaredConflictView[]> {
    return this.assignment.declaredOn(actor, ids.campaignId, ids.communityId);
  }

  /** The cases on which I (an inspector) declared a conflict. */
  @Get('my/conflict-declarations')
  @Roles(UserRole.INSPECTOR)
  @ApiOkResponse({ type: [MyConflictView] })
  mine(@CurrentActor() actor: AuthenticatedActor): Promise<MyConflictView[]> {
    return this.assignment.mine(actor);
  }
}
