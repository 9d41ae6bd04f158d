import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PG_INTEGER_MAX } from './postgres-limits';
import { QueryInteger } from './query-params';

export const PAGE_MAX = 500;

/** limit/offset paging shared by every list endpoint (list DTOs extend it with their filters). */
export class PageQueryDto {
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: PAGE_MAX })
  @IsOptional()
  @QueryInteger('limit', 1, PAGE_MAX)
  limit: number = 100;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: PG_INTEGER_MAX })
  @IsOptional()
  @QueryInteger('offset', 0, PG_INTEGER_MAX)
  offset: number = 0;
}
