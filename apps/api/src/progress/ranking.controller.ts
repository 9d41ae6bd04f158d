import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { CampaignScoped } from '../auth/campaign-scoped.decorator';
import { Roles } from '../auth/roles.decorator';
import { PageQueryDto } from '../common/page-query.dto';
import { RankingService } from './ranking.service';
import { RankingPageView } from './ranking.view';

/** The provisional top-N ranking (择优排名) of a campaign whose titles are capped. */
@ApiTags('progress')
@ApiBearerAuth()
@CampaignScoped('PART', 'id')
@Controller('campaigns/:id')
export class RankingController {
  constructor(private readonly rankings: RankingService) {}

  @Get('ranking')
  @Roles(UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN)
  @ApiOperation({
    summary:
      'The scored cases in rank order by the domain ranking rule (total, then the tie-breaks), paged; awarded = within topN',
  })
  @ApiOkResponse({ type: RankingPageView })
  get(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Query() page: PageQueryDto,
  ): Promise<RankingPageView> {
    return this.rankings.ranking(actor, id, page);
  }
}
