import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JURISDICTION_LEVELS } from '@app/domain';
import type { CommunityKind, JurisdictionLevel } from '@app/domain';

export class JurisdictionView {
  @ApiProperty({ example: 'c-01' }) id!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'sfjd' }) parentId!: string | null;
  @ApiProperty({ enum: JURISDICTION_LEVELS, example: 'COMMUNITY' }) level!: JurisdictionLevel;
  @ApiProperty({ example: '幸福社区' }) name!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'URBAN' }) kind!: CommunityKind | null;
  @ApiProperty() eligible!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) ineligibleReason!: string | null;
  @ApiProperty({ example: '/zj/hz/xh/sfjd/c-01/' }) path!: string;
}

export class SubtreePage {
  @ApiProperty({ type: [JurisdictionView], description: 'in path order, the root itself first' })
  items!: JurisdictionView[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'pass as after for the next page' })
  nextAfter!: string | null;
}
