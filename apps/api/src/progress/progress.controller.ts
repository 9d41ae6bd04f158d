import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { CampaignScoped } from '../auth/campaign-scoped.decorator';
import { Roles } from '../auth/roles.decorator';
import { CampaignProgressView, ChildProgressView } from './campaign-progress.view';
import { ExportQueryDto, ProgressQueryDto } from './progress-query.dto';
import { ExportFile, ProgressService } from './progress.service';

/** Progress (创建进度) of a campaign or a subtree of its scope, and the progress and results exports. */
@ApiTags('progress')
@ApiBearerAuth()
@CampaignScoped('PART', 'id')
@Controller('campaigns/:id')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get('progress')
  @Roles(UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN)
  @ApiOperation({
    summary:
      'Funnel, overdue, cases in notice and awards per tier, target attainment; ?jurisdictionId= for a subtree',
  })
  @ApiOkResponse({ type: CampaignProgressView })
  get(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Query() query: ProgressQueryDto,
  ): Promise<CampaignProgressView> {
    return this.progress.progress(actor, id, query.jurisdictionId);
  }

  @Get('progress/children')
  @Roles(UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN)
  @ApiOperation({
    summary: 'The same figures for each jurisdiction one level below (?jurisdictionId=, default the scope)',
  })
  @ApiOkResponse({ type: [ChildProgressView] })
  children(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Query() query: ProgressQueryDto,
  ): Promise<ChildProgressView[]> {
    return this.progress.children(actor, id, query.jurisdictionId);
  }

  @Get('progress/export')
  @Roles(UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN)
  @ApiOperation({ summary: 'The progress table per street with a total row, as .xlsx (default) or .csv' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async exportProgress(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Query() query: ExportQueryDto,
  ): Promise<StreamableFile> {
    return fileOf(
      await this.progress.exportProgress(actor, id, query.format ?? 'xlsx', query.jurisdictionId),
    );
  }

  @Get('results/export')
  @Roles(UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN)
  @ApiOperation({
    summary: 'One row per case: community, street, stage, total, tier, certificate (.xlsx or .csv)',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async exportResults(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Query() query: ExportQueryDto,
  ): Promise<StreamableFile> {
    return fileOf(await this.progress.exportResults(actor, id, query.format ?? 'xlsx', query.jurisdictionId));
  }
}

function fileOf(file: ExportFile): StreamableFile {
  return new StreamableFile(file.body, {
    type: file.contentType,
    disposition: `attachment; filename="${file.extension === 'csv' ? 'export.csv' : 'export.xlsx'}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    length: file.body.length,
  });
}
