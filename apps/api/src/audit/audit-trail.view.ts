import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AuditActorView {
  @ApiProperty() userId!: string;
  @ApiProperty({ example: 'ORGANIZER' }) role!: string;
  @ApiProperty() displayName!: string;
}

/** One link of the trail as a client sees it. */
export class AuditEventView {
  @ApiProperty() id!: number;
  @ApiProperty({ description: '1, 2, 3 … within the campaign' }) chainIndex!: number;
  @ApiProperty() campaignId!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) workflowId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) communityId!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: "the case's seq" }) seq!: number | null;
  @ApiProperty({ type: AuditActorView }) actor!: AuditActorView;
  @ApiProperty({ example: 'REVIEW_APPLICATION' }) action!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) stageBefore!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) stageAfter!: string | null;
  @ApiProperty({ description: 'hex SHA-256 of the canonical JSON payload' }) payloadDigest!: string;
  @ApiProperty({ example: '2026-03-01T08:00:00.000Z' }) at!: string;
  @ApiProperty({ description: 'hash of the previous link; 64 zeros for the first' }) prevHash!: string;
  @ApiProperty() hash!: string;
}

export class AuditTrailPage {
  @ApiProperty({ type: [AuditEventView] }) items!: AuditEventView[];
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'pass as afterChainIndex for the next page; null on the last page',
  })
  nextAfterChainIndex!: number | null;
}

export class BrokenLinkView {
  @ApiProperty() chainIndex!: number;
  @ApiProperty() id!: number;
  @ApiProperty({ enum: ['hash mismatch', 'previous hash mismatch', 'gap in chain'] }) reason!: string;
  @ApiProperty() expected!: string;
  @ApiProperty() actual!: string;
}

export class ChainVerificationView {
  @ApiProperty() ok!: boolean;
  @ApiProperty({ description: 'links examined, the broken one included' }) checked!: number;
  @ApiPropertyOptional({ type: BrokenLinkView, nullable: true }) firstBrokenLink!: BrokenLinkView | null;
}
