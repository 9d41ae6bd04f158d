import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { Roles } from '../auth/roles.decorator';
import { CreateJurisdictionDto, SubtreeQueryDto } from './jurisdiction.dto';
import { JurisdictionView, SubtreePage } from './jurisdiction.view';
import { JurisdictionsService } from './jurisdictions.service';
import { ScopeSummaryQueryDto, ScopeSummaryView } from './scope-summary.view';

@ApiTags('jurisdictions')
@ApiBearerAuth()
@Controller('jurisdictions')
export class JurisdictionsController {
  constructor(private readonly jurisdictions: JurisdictionsService) {}

  @Post()
  @Roles(UserRole.ADMIN)
  @ApiOperation({ summary: 'Adds a province, or a node one level below its parent (ADMIN)' })
  @ApiCreatedResponse({ type: JurisdictionView })
  create(
    @CurrentActor() actor: AuthenticatedActor,
    @Body() body: CreateJurisdictionDto,
  ): Promise<JurisdictionView> {
    return this.jurisdictions.create(actor, body);
  }

  @Get(':id/scope-summary')
  @ApiOperation({
    summary: 'A node and its children with their communities counted (eligible, not and why, already titled)',
  })
  @ApiOkResponse({ type: ScopeSummaryView })
  scopeSummary(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Query() query: ScopeSummaryQueryDto,
  ): Promise<ScopeSummaryView> {
    return this.jurisdictions.scopeSummary(actor, id, query);
  }

  @Get(':id/subtree')
  @ApiOperation({
    summary: 'A node and everything under it, within your scope; ?level=COMMUNITY for communities',
  })
  @ApiOkResponse({ type: SubtreePage })
  subtree(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Query() query: SubtreeQueryDto,
  ): Promise<SubtreePage> {
    return this.jurisdictions.subtree(actor, id, query);
  }
}
