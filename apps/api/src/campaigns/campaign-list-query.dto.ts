import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { CampaignStatus } from '@app/domain';

export const CAMPAIGN_PAGE_MAX = 500;
const STATUSES: CampaignStatus[] = ['DRAFT', 'LAUNCHED', 'CANCELLED'];

export class CampaignListQueryDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of ${STATUSES.join(', ')}` })
  status?: CampaignStatus;

  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number' })
  year?: number;

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: CAMPAIGN_PAGE_MAX })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be between 1 and ${CAMPAIGN_PAGE_MAX}` })
  @Max(CAMPAIGN_PAGE_MAX, { message: `limit must be between 1 and ${CAMPAIGN_PAGE_MAX}` })
  limit: number = 100;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0, { message: 'offset must be 0 or more' })
  offset: number = 0;
}
