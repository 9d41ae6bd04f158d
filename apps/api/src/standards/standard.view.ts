import { ApiProperty } from '@nestjs/swagger';
import type { ItemApplicability, StandardCategory, StandardItem, StandardTier } from '@app/domain';

export class StandardSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'PINGAN' }) code!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ example: '平安社区创建标准' }) title!: string;
  @ApiProperty({ example: '平安社区' }) titleKind!: string;
  @ApiProperty({ description: 'user id' }) createdBy!: string;
  @ApiProperty() createdAt!: string;
}

export class StandardItemView implements StandardItem {
  @ApiProperty({ example: 'A-01' }) code!: string;
  @ApiProperty({ example: '建立平安创建工作领导小组' }) title!: string;
  @ApiProperty({ example: 10, description: '0 for a pure veto item' }) maxScore!: number;
  @ApiProperty({ example: 0.5 }) scoreStep!: number;
  @ApiProperty({ enum: ['URBAN', 'RURAL', 'BOTH'] }) appliesTo!: ItemApplicability;
  @ApiProperty({ type: [String], example: ['领导小组名单', '会议记录'] }) evidence!: string[];
  @ApiProperty({ description: '一票否决' }) veto!: boolean;
}

export class StandardCategoryView implements StandardCategory {
  @ApiProperty({ example: 'A' }) code!: string;
  @ApiProperty({ example: '组织领导' }) title!: string;
  @ApiProperty({ type: [StandardItemView] }) items!: StandardItemView[];
}

export class StandardTierView implements StandardTier {
  @ApiProperty({ example: '精品' }) name!: string;
  @ApiProperty({ example: 90 }) minTotal!: number;
}

/** One version in full: categories, items and tiers as pinned by campaigns. */
export class StandardView extends StandardSummaryView {
  @ApiProperty({ type: [StandardCategoryView], description: 'categories with their items' })
  categories!: StandardCategoryView[];
  @ApiProperty({ type: [StandardTierView], description: 'highest first' }) tiers!: StandardTierView[];
}

/** A standard's items read from a sheet, not yet saved: review them, add the tiers, then save a version. */
export class StandardSheetView {
  @ApiProperty({
    example: 3,
    description: 'the row the header was found on (title rows above it are skipped)',
  })
  headerRow!: number;
  @ApiProperty({ example: 24, description: 'items read' }) items!: number;
  @ApiProperty({ type: [StandardCategoryView] }) categories!: StandardCategoryView[];
}

