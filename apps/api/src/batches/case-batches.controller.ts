import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiParam,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { CampaignScoped } from '../auth/campaign-scoped.decorator';
import { Roles } from '../auth/roles.decorator';
import { BatchItemsQueryDto } from './batch-items-query.dto';
import { CreateCaseBatchDto } from './case-batch.dto';
import { CaseBatchView } from './case-batch.view';
import { CaseBatchesService } from './case-batches.service';

class CampaignIds {
  @ApiProperty({ example: 'demo-2026-pingan' })
  @IsString()
  @MaxLength(100)
  campaignId!: string;
}

class BatchIds extends CampaignIds {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'batchId must be a UUID' })
  batchId!: string;
}

/**
 * 批量操作: one action over many cases, each acted on as its own button would (same rules, same audit),
 * with a result per case. Work continues on the server when the page closes; POSTing the same batch
 * again resumes it without acting twice. 停止 stops it for good: a stopped batch is never resumed (resume
 * answers 409; sending it again answers its state); its cases not run are started as a new batch.
 */
@ApiTags('batches')
@ApiBearerAuth()
@ApiParam({ name: 'campaignId', example: 'demo-2026-pingan' })
@CampaignScoped('PART')
@Controller('campaigns/:campaignId/batches')
export class CaseBatchesController {
  constructor(private readonly batches: CaseBatchesService) {}

  /** Starts (or resumes) a batch and answers at once with its state; poll GET for progress. */
  @Post()
  @HttpCode(202)
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiAcceptedResponse({ type: CaseBatchView })
  start(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: CampaignIds,
    @Body() body: CreateCaseBatchDto,
  ): Promise<CaseBatchView> {
    return this.batches.start(actor, ids.campaignId, body);
  }

  /**
   * Runs the batch's cases not yet done again (after a restart, or a dependency was down); none twice.
   * A stopped batch is not resumed: 409 CONFLICT (start a new batch over its cases not run).
   */
  @Post(':batchId/resume')
  @HttpCode(202)
  @ApiParam({ name: 'batchId', format: 'uuid' })
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiAcceptedResponse({ type: CaseBatchView })
  @ApiConflictResponse({ description: 'the batch was stopped; it does not run again' })
  resume(@CurrentActor() actor: AuthenticatedActor, @Param() ids: BatchIds): Promise<CaseBatchView> {
    return this.batches.resume(actor, ids.campaignId, ids.batchId);
  }

  /**
   * 停止: the batch acts on no further case (one already in flight finishes and is recorded); its cases
   * not yet done are reported NOT_RUN (未执行). Audited (BATCH_STOPPED) in the caller's name. 409 CONFLICT
   * when it was already stopped or has finished, with what is left to do (read results, start a new batch).
   */
  @Post(':batchId/stop')
  @HttpCode(200)
  @ApiParam({ name: 'batchId', format: 'uuid' })
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiOkResponse({ type: CaseBatchView })
  @ApiConflictResponse({ description: 'already stopped, or finished: nothing to stop' })
  stop(@CurrentActor() actor: AuthenticatedActor, @Param() ids: BatchIds): Promise<CaseBatchView> {
    return this.batches.stop(actor, ids.campaignId, ids.batchId);
  }

  /**
   * The batch's counts by status (succeeded, refused, failed, pending, not run) and one page of its
   * per-case results in batch order: ?status=REFUSED for the refused only, ?limit= (1–500, default 100)
   * and ?offset=, whole numbers in digits. A poll reads the counts and the page on screen, never the batch.
   */
  @Get(':batchId')
  @ApiParam({ name: 'batchId', format: 'uuid' })
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiOkResponse({ type: CaseBatchView })
  view(
    @CurrentActor() actor: AuthenticatedActor,
    @Param() ids: BatchIds,
    @Query() query: BatchItemsQueryDto,
  ): Promise<CaseBatchView> {
    return this.batches.view(actor, ids.campaignId, ids.batchId, query);
  }
}
