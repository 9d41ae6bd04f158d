import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { QueryBoolean, QueryInteger } from '../common/query-params';

export const INBOX_PAGE_MAX = 200;

/** GET /notifications: only unread messages, and how many (newest first). */
export class InboxQueryDto {
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @QueryBoolean('unread')
  unread: boolean = false;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: INBOX_PAGE_MAX })
  @IsOptional()
  @QueryInteger('limit', 1, INBOX_PAGE_MAX)
  limit: number = 50;
}
