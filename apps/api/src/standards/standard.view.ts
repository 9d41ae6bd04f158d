import { ApiProperty } from '@nestjs/swagger';
import type { StandardCategory, StandardTier } from '@app/domain';
import type { StandardEntity } from '@app/persistence';

export class StandardSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'PINGAN' }) code!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ example: '平安社区创建标准' }) title!: string;
  @ApiProperty({ example: '平安社区' }) titleKind!: string;
  @ApiProperty({ description: 'user id' }) createdBy!: string;
  @ApiProperty() createdAt!: string;
}

/** One version in full: categories, items and tiers as pinned by campaigns. */
export class StandardView extends StandardSummaryView {
  @ApiProperty({ description: 'categories with their items' }) categories!: StandardCategory[];
  @ApiProperty({ description: 'highest first' }) tiers!: StandardTier[];
}

export function standardSummaryOf(row: StandardEntity): StandardSummaryView {
  const { id, code, version, title, titleKind, createdBy, createdAt } = row;
  return { id, code, version, title, titleKind, createdBy, createdAt: createdAt.toISOString() };
}

export function standardViewOf(row: StandardEntity): StandardView {
  const { categories, tiers } = row.definition;
  return { ...standardSummaryOf(row), categories, tiers };
}
