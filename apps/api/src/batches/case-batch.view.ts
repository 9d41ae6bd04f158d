import { ApiProperty } from '@nestjs/swagger';
import { BatchAction } from './batch-actions';

export class CaseBatchItemView {
  @ApiProperty() position!: number;
  @ApiProperty({ example: 'c-01' }) communityId!: string;
  @ApiProperty({ example: '幸福社区' }) communityName!: string;
  @ApiProperty({
    enum: ['PENDING', 'SUCCEEDED', 'REFUSED', 'FAILED'],
    description:
      'PENDING: not yet run; REFUSED: the case refused the action (code, message say why); FAILED: a dependency was down, run the batch again',
  })
  status!: 'PENDING' | 'SUCCEEDED' | 'REFUSED' | 'FAILED';
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
  @ApiProperty() total!: number;
  @ApiProperty() succeeded!: number;
  @ApiProperty() refused!: number;
  @ApiProperty() failed!: number;
  @ApiProperty() pending!: number;
  @ApiProperty({ type: [CaseBatchItemView] }) items!: CaseBatchItemView[];
}
