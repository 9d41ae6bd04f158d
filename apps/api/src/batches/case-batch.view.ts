import { ApiProperty } from '@nestjs/swagger';
import { BATCH_ITEM_STATUSES, type BatchItemStatus } from '@app/persistence';
import { BatchAction } from './batch-actions';

export class CaseBatchItemView {
  @ApiProperty() position!: number;
  @ApiProperty({ example: 'c-01' }) communityId!: string;
  @ApiProperty({ example: '幸福社区' }) communityName!: string;
  @ApiProperty({
    enum: BATCH_ITEM_STATUSES,
    enumName: 'BatchItemStatus',
    description:
      'PENDING: not yet run; REFUSED: the case refused the action (code, message say why; a case that does not exist or is not yours: NOT_FOUND, and nothing else about it); FAILED: a dependency was down, run the batch again; NOT_RUN: the batch was stopped before it',
  })
  status!: BatchItemStatus;
  @ApiProperty({ type: String, nullable: true, example: 'WRONG_STAGE' }) code!: string | null;
  @ApiProperty({ type: String, nullable: true }) message!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'what the refusal named (stage, allowedActions, dueAt), as the single action would answer',
  })
  details!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) finishedAt!: string | null;
}

export class CaseBatchView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() campaignId!: string;
  @ApiProperty({ enum: BatchAction, enumName: 'BatchAction' }) action!: BatchAction;
  @ApiProperty({ type: 'object', additionalProperties: true }) params!: Record<string, unknown>;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ description: 'whether this server is still working through it' }) running!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'when it was stopped (停止); null while it may run',
  })
  stoppedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'who stopped it' })
  stoppedBy!: string | null;
  @ApiProperty({ description: 'cases in the batch' }) total!: number;
  @ApiProperty() succeeded!: number;
  @ApiProperty() refused!: number;
  @ApiProperty() failed!: number;
  @ApiProperty() pending!: number;
  @ApiProperty({ description: 'cases not run because the batch was stopped first (未执行)' }) notRun!: number;
  @ApiProperty({
    type: [CaseBatchItemView],
    description: 'one page of per-case results in the batch order (limit/offset, of ?status= if given)',
  })
  items!: CaseBatchItemView[];
  @ApiProperty({ description: 'how many results match ?status= (all cases without it), for paging' })
  itemsTotal!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
