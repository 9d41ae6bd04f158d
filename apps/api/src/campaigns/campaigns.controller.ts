import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { CampaignScoped } from '../auth/campaign-scoped.decorator';
import { Roles } from '../auth/roles.decorator';
import { CampaignLaunchService } from './campaign-launch.service';
import { CampaignListQueryDto } from './campaign-list-query.dto';
import { CreateCampaignDto, UpdateCampaignDto } from './campaign.dto';
import { CampaignPage, CampaignView, LaunchResultView } from './campaign.view';
import { CampaignsService } from './campaigns.service';

/** Campaign management is for organizers (within their subtree) and admins; see CampaignAccess for reads. */
@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly launcher: CampaignLaunchService,
  ) {}

  @Post()
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiOperation({ summary: 'Creates a DRAFT campaign; 422 lists every problem' })
  @ApiCreatedResponse({ type: CampaignView })
  create(@CurrentActor() actor: AuthenticatedActor, @Body() body: CreateCampaignDto): Promise<CampaignView> {
    return this.campaigns.create(actor, body);
  }

  @Get()
  @Roles(UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN, UserRole.COMMUNITY)
  @ApiOperation({ summary: 'The campaigns you may see, newest year first' })
  @ApiOkResponse({ type: CampaignPage })
  list(
    @CurrentActor() actor: AuthenticatedActor,
    @Query() query: CampaignListQueryDto,
  ): Promise<CampaignPage> {
    return this.campaigns.list(actor, query);
  }

  @Get(':id')
  @Roles(UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN, UserRole.COMMUNITY)
  @CampaignScoped('PART', 'id')
  @ApiOkResponse({ type: CampaignView })
  get(@CurrentActor() actor: AuthenticatedActor, @Param('id') id: string): Promise<CampaignView> {
    return this.campaigns.get(actor, id);
  }

  @Patch(':id')
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @CampaignScoped('MANAGE', 'id')
  @ApiOperation({
    summary: 'Edits a DRAFT freely; once launched only title, targets and awardPolicy.tieBreak',
  })
  @ApiOkResponse({ type: CampaignView })
  update(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Body() body: UpdateCampaignDto,
  ): Promise<CampaignView> {
    return this.campaigns.update(actor, id, body);
  }

  @Post(':id/launch')
  @HttpCode(200)
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @CampaignScoped('MANAGE', 'id')
  @ApiOperation({ summary: 'Launches a DRAFT: a case for every eligible community in scope (发布通知)' })
  @ApiOkResponse({ type: LaunchResultView })
  launch(@CurrentActor() actor: AuthenticatedActor, @Param('id') id: string): Promise<LaunchResultView> {
    return this.launcher.launch(actor, id);
  }
}
