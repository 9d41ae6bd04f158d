import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { JURISDICTION_LEVELS } from '@app/domain';
import type { CommunityKind, JurisdictionLevel } from '@app/domain';

/** For whom “already titled” is counted: the title a campaign would award, and its year. */
export class ScopeSummaryQueryDto {
  @ApiPropertyOptional({ example: '平安社区', description: 'count communities already holding this title' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  titleKind?: string;

  @ApiPropertyOptional({ example: 2026, description: 'the campaign year the titles must still count for' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number' })
  @Min(2000, { message: 'year must be between 2000 and 2100' })
  @Max(2100, { message: 'year must be between 2000 and 2100' })
  year?: number;
}

/** A node of the scope tree with the communities under it counted, as the campaign wizard shows it. */
export class ScopeNodeView {
  @ApiProperty({ example: 'sfjd' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) parentId!: string | null;
  @ApiProperty({ example: '示范街道' }) name!: string;
  @ApiProperty({ enum: JURISDICTION_LEVELS, example: 'STREET' }) level!: JurisdictionLevel;
  @ApiProperty() path!: string;
  @ApiProperty({ enum: ['URBAN', 'RURAL'], nullable: true, description: 'communities only' })
  kind!: CommunityKind | null;
  @ApiProperty({ description: 'communities under it (itself, for a community)' }) communities!: number;
  @ApiProperty() eligible!: number;
  @ApiProperty({ description: 'not eligible: left out of the campaign and its targets' }) ineligible!: number;
  @ApiProperty({ type: [String], description: 'why, e.g. 组织尚未建立' }) ineligibleReasons!: string[];
  @ApiProperty({ description: 'eligible communities already holding the title for that year' })
  titled!: number;
}

export class ScopeSummaryView {
  @ApiProperty({ type: ScopeNodeView }) node!: ScopeNodeView;
  @ApiProperty({ type: [ScopeNodeView], description: 'one level down, in path order' })
  children!: ScopeNodeView[];
}
