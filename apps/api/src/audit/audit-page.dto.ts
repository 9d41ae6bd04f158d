import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PG_INTEGER_MAX } from '../common/postgres-limits';
import { QueryInteger } from '../common/query-params';

export const AUDIT_PAGE_DEFAULT = 100;
export const AUDIT_PAGE_MAX = 500;

/** Keyset paging over a trail: links after a chain index, oldest first. */
export class AuditPageDto {
  @ApiPropertyOptional({
    description: 'return links after this chain index',
    example: 0,
    minimum: 0,
    maximum: PG_INTEGER_MAX,
  })
  @IsOptional()
  @QueryInteger('afterChainIndex', 0, PG_INTEGER_MAX)
  afterChainIndex?: number;

  @ApiPropertyOptional({ default: AUDIT_PAGE_DEFAULT, minimum: 1, maximum: AUDIT_PAGE_MAX })
  @IsOptional()
  @QueryInteger('limit', 1, AUDIT_PAGE_MAX)
  limit?: number;
}
