import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { JURISDICTION_ID_PATTERN } from '@app/domain';

export const TITLE_PAGE_MAX = 500;

/** Filters and paging for GET /titles (always within the caller's scope). */
export class TitleQueryDto {
  @ApiPropertyOptional({ example: 'c-01' })
  @IsOptional()
  @Matches(JURISDICTION_ID_PATTERN, { message: 'communityId must be a community id, e.g. c-01' })
  communityId?: string;

  @ApiPropertyOptional({ example: '平安社区' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  titleKind?: string;

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: TITLE_PAGE_MAX })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be between 1 and ${TITLE_PAGE_MAX}` })
  @Max(TITLE_PAGE_MAX, { message: `limit must be between 1 and ${TITLE_PAGE_MAX}` })
  limit: number = 100;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0, { message: 'offset must be 0 or more' })
  offset: number = 0;
}

/** 摘牌: why the title is withdrawn, and from which day (today when absent). */
export class RevokeTitleDto {
  @ApiProperty({ example: '年度复查未通过' })
  @IsString()
  @MinLength(1, { message: 'reason must say why the title is revoked' })
  @MaxLength(200)
  reason!: string;

  @ApiPropertyOptional({
    example: '2026-03-01',
    description: 'YYYY-MM-DD; today (Asia/Shanghai) when absent',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'revokedAt must be a date like 2026-03-01' })
  revokedAt?: string;
}
