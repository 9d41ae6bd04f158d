import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { BATCH_ITEM_STATUSES, type BatchItemStatus } from '@app/persistence';
import { PageQueryDto } from '../common/page-query.dto';

/** Which page of a batch's per-case results to read (limit/offset as every list), of one status if given. */
export class BatchItemsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: BATCH_ITEM_STATUSES, enumName: 'BatchItemStatus', example: 'REFUSED' })
  @IsOptional()
  @IsIn(BATCH_ITEM_STATUSES, { message: `status must be one of ${BATCH_ITEM_STATUSES.join(', ')}` })
  status?: BatchItemStatus;
}
