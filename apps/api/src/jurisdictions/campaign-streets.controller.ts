import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { CampaignScoped } from '../auth/campaign-scoped.decorator';
import { Roles } from '../auth/roles.decorator';
import { CampaignStreetsQueryDto } from './jurisdiction.dto';
import { SubtreePage } from './jurisdiction.view';
import { JurisdictionsService } from './jurisdictions.service';

@ApiTags('jurisdictions')
@ApiBearerAuth()
@CampaignScoped('PART')
@Controller('campaigns/:campaignId/streets')
export class CampaignStreetsController {
  constructor(private readonly jurisdictions: JurisdictionsService) {}

  @Get()
  @Roles(UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN)
  @ApiOperation({
    summary:
      "The campaign's streets within your scope (yours alone for a street office); ?name= those whose name starts with it",
  })
  @ApiOkResponse({ type: SubtreePage })
  list(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('campaignId') campaignId: string,
    @Query() query: CampaignStreetsQueryDto,
  ): Promise<SubtreePage> {
    return this.jurisdictions.campaignStreets(actor, campaignId, query);
  }
}
