import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A title a community holds or held (称号), from a campaign or imported from an earlier year. */
export class TitleView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'c-01' }) communityId!: string;
  @ApiProperty({ example: '平安社区' }) titleKind!: string;
  @ApiProperty({ example: 2023 }) year!: number;
  @ApiPropertyOptional({ type: String, nullable: true }) campaignId!: string | null;
  @ApiProperty({ example: 'PINGAN-2023-c-01' }) certificateNumber!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-12-31' }) validUntil!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-03-01' }) revokedAt!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) revokedReason!: string | null;
  @ApiProperty({ enum: ['IMPORT', 'CAMPAIGN'] }) source!: 'IMPORT' | 'CAMPAIGN';
}

export class TitlePage {
  @ApiProperty({ type: [TitleView] }) items!: TitleView[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class TitleImportResult {
  @ApiProperty({ example: 120 }) imported!: number;
}
