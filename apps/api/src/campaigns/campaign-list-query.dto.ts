import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { PageQueryDto } from '../common/page-query.dto';
import { IsIn, IsInt, IsOptional } from 'class-validator';
import type { CampaignStatus } from '@app/domain';

const STATUSES: CampaignStatus[] = ['DRAFT', 'LAUNCHED', 'CANCELLED'];

export class CampaignListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of ${STATUSES.join(', ')}` })
  status?: CampaignStatus;

  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number' })
  year?: number;
}
