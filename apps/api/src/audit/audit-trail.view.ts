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

export class ChainPositionView {
  @ApiProperty() chainIndex!: number;
  @ApiProperty() hash!: string;
}

export class SignedHeadView extends ChainPositionView {
  @ApiProperty() signedAt!: string;
  @ApiProperty({ enum: ['VALID', 'INVALID', 'UNKNOWN_KEY'] }) signature!: string;
}

export class AnchoredHeadView extends ChainPositionView {
  @ApiProperty() anchoredAt!: string;
}

export class HeadProblemView {
  @ApiProperty({
    enum: [
      'SIGNED_HEAD_MISSING',
      'SIGNED_HEAD_FORGED',
      'TRUNCATED',
      'LINKS_AFTER_SIGNED_HEAD',
      'HEAD_MISMATCH',
      'BELOW_ANCHORED_HEAD',
      'ANCHORED_LINK_DIFFERS',
      'HEAD_WENT_BACK',
    ],
  })
  reason!: string;
  @ApiProperty({ example: 'the chain ends at link 5 but its signed head is link 7: links 6–7 were deleted' })
  message!: string;
}

/** The end of the chain against its signed head (audit_chain_head) and its Temporal anchor. */
export class HeadVerificationView {
  @ApiProperty() ok!: boolean;
  @ApiPropertyOptional({ type: ChainPositionView, nullable: true }) lastLink!: ChainPositionView | null;
  @ApiPropertyOptional({ type: SignedHeadView, nullable: true }) signedHead!: SignedHeadView | null;
  @ApiPropertyOptional({ type: AnchoredHeadView, nullable: true, description: 'null until first anchored' })
  anchoredHead!: AnchoredHeadView | null;
  @ApiProperty({ type: [HeadProblemView] }) problems!: HeadProblemView[];
}

export class ChainVerificationView {
  @ApiProperty({ description: 'every link holds and so does the end of the chain' }) ok!: boolean;
  @ApiProperty({ description: 'links examined, the broken one included' }) checked!: number;
  @ApiPropertyOptional({ type: BrokenLinkView, nullable: true }) firstBrokenLink!: BrokenLinkView | null;
  @ApiProperty({ type: HeadVerificationView }) head!: HeadVerificationView;
}
