import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import {
  COMMUNITY_KINDS,
  CommunityKind,
  JURISDICTION_ID_PATTERN,
  JURISDICTION_LEVELS,
  JurisdictionLevel,
} from '@app/domain';
import { IsOmittable } from '../common/omittable.decorator';
import { QueryInteger } from '../common/query-params';

const ID_MESSAGE = 'expected 1 to 64 letters, digits or -, starting with a letter or digit';

/** A new node of the jurisdiction tree (ADMIN). */
export class CreateJurisdictionDto {
  @ApiProperty({ example: 'c-21' })
  @Matches(JURISDICTION_ID_PATTERN, { message: `id: ${ID_MESSAGE}` })
  id!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'sfjd',
    description: 'null only for a PROVINCE',
  })
  @IsOptional()
  @Matches(JURISDICTION_ID_PATTERN, { message: `parentId: ${ID_MESSAGE}` })
  parentId?: string | null;

  @ApiProperty({ enum: JURISDICTION_LEVELS })
  @IsIn(JURISDICTION_LEVELS, { message: `level must be one of ${JURISDICTION_LEVELS.join(', ')}` })
  level!: JurisdictionLevel;

  @ApiProperty({ example: '幸福社区' })
  @IsString()
  @MaxLength(100)
  name!: string;

  @ApiPropertyOptional({ enum: COMMUNITY_KINDS, nullable: true, description: 'communities only' })
  @IsOptional()
  @IsIn(COMMUNITY_KINDS, { message: 'kind must be URBAN or RURAL' })
  kind?: CommunityKind | null;

  @ApiPropertyOptional({ default: true, description: 'communities only' })
  @IsOmittable()
  @IsBoolean()
  eligible?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: '组织尚未建立' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ineligibleReason?: string | null;
}

export const SUBTREE_PAGE_MAX = 1000;

/** Filters and keyset paging (by path) over a subtree. */
export class SubtreeQueryDto {
  @ApiPropertyOptional({ enum: JURISDICTION_LEVELS })
  @IsOptional()
  @IsIn(JURISDICTION_LEVELS, { message: `level must be one of ${JURISDICTION_LEVELS.join(', ')}` })
  level?: JurisdictionLevel;

  @ApiPropertyOptional({ description: 'return nodes after this path (the nextAfter of the previous page)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  after?: string;

  @ApiPropertyOptional({
    example: '三墩',
    description:
      'only nodes whose name starts with this (a picker searching as one types; with level, on idx_jurisdiction_level_name_prefix)',
  })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'name must be 1 to 50 characters' })
  @MaxLength(50, { message: 'name must be 1 to 50 characters' })
  name?: string;

  @ApiPropertyOptional({ default: 500, minimum: 1, maximum: SUBTREE_PAGE_MAX })
  @IsOptional()
  @QueryInteger('limit', 1, SUBTREE_PAGE_MAX)
  limit?: number;
}

/** ?name=&limit=&after= of a campaign's streets (the case table's 街道 picker). */
export class CampaignStreetsQueryDto {
  @ApiPropertyOptional({ description: 'return streets after this path (the nextAfter of the previous page)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  after?: string;

  @ApiPropertyOptional({
    example: '三墩',
    description: 'only streets whose name starts with this (on idx_jurisdiction_level_name_prefix)',
  })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'name must be 1 to 50 characters' })
  @MaxLength(50, { message: 'name must be 1 to 50 characters' })
  name?: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: SUBTREE_PAGE_MAX })
  @IsOptional()
  @QueryInteger('limit', 1, SUBTREE_PAGE_MAX)
  limit?: number;
}
