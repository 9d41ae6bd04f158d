import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChainVerification, UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { CampaignScoped } from '../auth/campaign-scoped.decorator';
import { Roles } from '../auth/roles.decorator';
import { CasesService } from '../cases/cases.service';
import { AuditPageDto } from './audit-page.dto';
import { AuditTrailPage, ChainVerificationView } from './audit-trail.view';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('campaigns/:campaignId')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly cases: CasesService,
  ) {}

  @Get('audit')
  @Roles(UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN)
  @CampaignScoped('READ')
  @ApiOperation({ summary: "The campaign's audit trail (审计记录) in chain order, paged" })
  @ApiOkResponse({ type: AuditTrailPage })
  campaignTrail(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('campaignId') campaignId: string,
    @Query() page: AuditPageDto,
  ): Promise<AuditTrailPage> {
    return this.audit.campaignTrail(actor, campaignId, page);
  }

  @Get('cases/:communityId/audit')
  @CampaignScoped('PART')
  @ApiOperation({ summary: "One case's audit trail, for whoever may see the case" })
  @ApiOkResponse({ type: AuditTrailPage })
  async caseTrail(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('campaignId') campaignId: string,
    @Param('communityId') communityId: string,
    @Query() page: AuditPageDto,
  ): Promise<AuditTrailPage> {
    await this.cases.get(actor, campaignId, communityId);
    return this.audit.caseTrail(actor, campaignId, communityId, page);
  }

  @Post('audit/verify')
  @HttpCode(200)
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @CampaignScoped('READ')
  @ApiOperation({ summary: "Recomputes the campaign's hash chain and names the first broken link" })
  @ApiOkResponse({ type: ChainVerificationView })
  verify(@Param('campaignId') campaignId: string): Promise<ChainVerification> {
    return this.audit.verify(campaignId);
  }
}
