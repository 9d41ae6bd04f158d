import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const PAGE_MAX = 500;

/** limit/offset paging shared by every list endpoint (list DTOs extend it with their filters). */
export class PageQueryDto {
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: PAGE_MAX })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be between 1 and ${PAGE_MAX}` })
  @Max(PAGE_MAX, { message: `limit must be between 1 and ${PAGE_MAX}` })
  limit: number = 100;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0, { message: 'offset must be 0 or more' })
  offset: number = 0;
}
