import { ApiProperty } from '@nestjs/swagger';

/** One in-app message: a reminder (提醒), an overdue notice (逾期), an escalation (督办) or a chase (催办). */
export class NotificationView {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ enum: ['BEFORE', 'OVERDUE', 'ESCALATION', 'CHASE'] }) kind!: string;
  @ApiProperty() campaignId!: string;
  @ApiProperty({ type: String, nullable: true }) workflowId!: string | null;
  @ApiProperty({ type: String, nullable: true }) communityId!: string | null;
  @ApiProperty({ example: '提醒：请于 … 前提交自查报告' }) title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '/console/my/demo-2026-pingan',
    description: 'the console page the message is about, on the API’s origin',
  })
  link!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) readAt!: string | null;
}

export class InboxPageView {
  @ApiProperty({ type: [NotificationView], description: 'newest first' }) items!: NotificationView[];
  @ApiProperty({ description: '未读: unread messages in the whole inbox' }) unread!: number;
}
