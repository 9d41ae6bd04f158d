import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
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
 * again resumes it without acting twice.
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

  /** Runs the batch's cases not yet done again (after a restart, or a dependency was down); none twice. */
  @Post(':batchId/resume')
  @HttpCode(202)
  @ApiParam({ name: 'batchId', format: 'uuid' })
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiAcceptedResponse({ type: CaseBatchView })
  resume(@CurrentActor() actor: AuthenticatedActor, @Param() ids: BatchIds): Promise<CaseBatchView> {
    return this.batches.resume(actor, ids.campaignId, ids.batchId);
  }

  /** The batch with each case's result (succeeded, refused and why, still to do). */
  @Get(':batchId')
  @ApiParam({ name: 'batchId', format: 'uuid' })
  @Roles(UserRole.ORGANIZER, UserRole.ADMIN)
  @ApiOkResponse({ type: CaseBatchView })
  view(@CurrentActor() actor: AuthenticatedActor, @Param() ids: BatchIds): Promise<CaseBatchView> {
    return this.batches.view(actor, ids.campaignId, ids.batchId);
  }
}
