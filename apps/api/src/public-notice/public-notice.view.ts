import { ApiProperty } from '@nestjs/swagger';

/** One proposed award on the public notice (公示). */
export class NoticeEntryView {
  @ApiProperty({ example: 'c-01' }) communityId!: string;
  @ApiProperty({ example: '幸福社区' }) communityName!: string;
  @ApiProperty({ type: String, nullable: true, example: '精品' }) tier!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 92.5 }) totalScore!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'when the notice period ends' })
  noticeEndsAt!: string | null;
}

/** What a resident may know of a launched campaign: enough to title its notice page. */
export class PublicCampaignView {
  @ApiProperty({ example: 'demo-2026-pingan' }) id!: string;
  @ApiProperty({ example: '2026年度示范街道平安社区创建' }) title!: string;
  @ApiProperty({ example: '平安社区' }) titleKind!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: '示范街道' }) organizerName!: string;
}

/** The receipt of an objection (异议回执): the number to quote when asking after it. */
export class ObjectionReceiptView {
  @ApiProperty({ example: 'objection-1' }) objectionId!: string;
  @ApiProperty() raisedAt!: string;
  @ApiProperty({ example: 'YY-demo-2026-pingan-c-01-1', description: '回执编号' }) receiptNumber!: string;
}
