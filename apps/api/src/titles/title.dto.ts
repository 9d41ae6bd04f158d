import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '../common/page-query.dto';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { JURISDICTION_ID_PATTERN } from '@app/domain';
import { IsOmittable } from '../common/omittable.decorator';
import { DateTimeInput } from '../common/date-time-input.decorator';

/** Filters and paging for GET /titles (always within the caller's scope). */
export class TitleQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'c-01' })
  @IsOptional()
  @Matches(JURISDICTION_ID_PATTERN, { message: 'communityId must be a community id, e.g. c-01' })
  communityId?: string;

  @ApiPropertyOptional({ example: '平安社区' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  titleKind?: string;
}

/** 摘牌: why the title is withdrawn, and from which day (today when absent). */
export class RevokeTitleDto {
  @ApiProperty({ example: '年度复查未通过' })
  @IsString()
  @MinLength(1, { message: 'reason must say why the title is revoked' })
  @Matches(/\S/, { message: 'reason must say why the title is revoked, not only spaces' })
  @MaxLength(200)
  reason!: string;

  @IsOmittable()
  @DateTimeInput({
    as: 'date',
    required: false,
    description: 'the day the title is withdrawn; today when absent',
  })
  revokedAt?: string;
}
