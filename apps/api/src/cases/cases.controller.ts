import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CaseView } from '@app/workflows/community-case/community-case.contract';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { CampaignScoped } from '../auth/campaign-scoped.decorator';
import { CaseListQueryDto } from './case-list-query.dto';
import { CasePage, CasesService } from './cases.service';
import { CaseFileView, CasePageView } from './case.view';

@ApiTags('cases')
@ApiBearerAuth()
@CampaignScoped('PART')
@Controller('campaigns/:campaignId/cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  /** The cases the caller may see, filtered (stage, overdue, street, tier) and paged. */
  @Get()
  @ApiOkResponse({ type: CasePageView })
  list(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('campaignId') campaignId: string,
    @Query() query: CaseListQueryDto,
  ): Promise<CasePage> {
    return this.cases.list(actor, campaignId, query);
  }

  /** The case file: submissions with versions, deadlines, scores, decisions, and what the caller may do next. */
  @Get(':communityId')
  @ApiOkResponse({ type: CaseFileView })
  get(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('campaignId') campaignId: string,
    @Param('communityId') communityId: string,
  ): Promise<CaseView> {
    return this.cases.get(actor, campaignId, communityId);
  }
}
