import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const AUDIT_PAGE_DEFAULT = 100;
export const AUDIT_PAGE_MAX = 500;

/** Keyset paging over a trail: links after a chain index, oldest first. */
export class AuditPageDto {
  @ApiPropertyOptional({ description: 'return links after this chain index', example: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'afterChainIndex must be a whole number' })
  @Min(0, { message: 'afterChainIndex must be 0 or more' })
  afterChainIndex?: number;

  @ApiPropertyOptional({ default: AUDIT_PAGE_DEFAULT, minimum: 1, maximum: AUDIT_PAGE_MAX })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be between 1 and ${AUDIT_PAGE_MAX}` })
  @Max(AUDIT_PAGE_MAX, { message: `limit must be between 1 and ${AUDIT_PAGE_MAX}` })
  limit?: number;
}
