import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CAMPAIGN_YEAR_MAX, CAMPAIGN_YEAR_MIN, CampaignStatus } from '@app/domain';
import { PageQueryDto } from '../common/page-query.dto';
import { QueryInteger } from '../common/query-params';

const STATUSES: CampaignStatus[] = ['DRAFT', 'LAUNCHED', 'CANCELLED'];

export class CampaignListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of ${STATUSES.join(', ')}` })
  status?: CampaignStatus;

  @ApiPropertyOptional({ example: 2026, minimum: CAMPAIGN_YEAR_MIN, maximum: CAMPAIGN_YEAR_MAX })
  @IsOptional()
  @QueryInteger('year', CAMPAIGN_YEAR_MIN, CAMPAIGN_YEAR_MAX)
  year?: number;
}
