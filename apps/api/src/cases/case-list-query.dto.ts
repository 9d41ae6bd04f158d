import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { CaseStage } from '@app/domain';
import { PageQueryDto } from '../common/page-query.dto';
import { QueryBoolean } from '../common/query-params';

/** Filters and paging of the case list; every filter is backed by an index on case_projection. */
export class CaseListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CaseStage })
  @IsOptional()
  @IsEnum(CaseStage, { message: `stage must be one of ${Object.values(CaseStage).join(', ')}` })
  stage?: CaseStage;

  @ApiPropertyOptional({ description: 'only cases past the deadline they run against' })
  @IsOptional()
  @QueryBoolean('overdue')
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'street (街道) jurisdiction id' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  streetId?: string;

  @ApiPropertyOptional({ example: '示范' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tier?: string;
}
