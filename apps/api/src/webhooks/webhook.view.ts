import { ApiProperty } from '@nestjs/swagger';

/** A subscription as listed: never its secret. */
export class WebhookView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: [String] }) eventTypes!: string[];
  @ApiProperty({ nullable: true, type: String, description: 'null: every campaign' }) campaignId!:
    string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'user id' }) createdBy!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) deactivatedAt!: string | null;
}

/** The answer to POST /webhooks: the only time the secret is shown. */
export class CreatedWebhookView extends WebhookView {
  @ApiProperty({ description: 'HMAC-SHA256 key of X-Chuangjian-Signature; shown once, store it now' })
  secret!: string;
}

/** One delivery of one message to the subscription, with how its attempts went. */
export class DeliveryView {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'the message key, sent as X-Chuangjian-Delivery' }) messageKey!: string;
  @ApiProperty({ example: 'case.stage_changed' }) type!: string;
  @ApiProperty({ enum: ['PENDING', 'DELIVERED', 'FAILED'] }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String, description: 'null once DELIVERED or FAILED' })
  nextAttemptAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ nullable: true, type: String }) deliveredAt!: string | null;
  @ApiProperty() createdAt!: string;
}
