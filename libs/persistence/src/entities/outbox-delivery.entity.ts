import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity';

export enum DeliveryChannel {
  WEBHOOK = 'WEBHOOK',
  EMAIL = 'EMAIL',
}

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

/** One message to one target over one channel, retried with backoff until delivered or given up. */
@Entity({ name: 'outbox_delivery' })
@Unique('uq_outbox_delivery_message_channel_target', ['messageId', 'channel', 'target'])
@Index('idx_outbox_delivery_due', ['channel', 'status', 'nextAttemptAt'])
@Index('idx_outbox_delivery_target', ['channel', 'target', 'id'])
export class OutboxDeliveryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'message_id', type: 'bigint' })
  messageId!: string;

  @ManyToOne(() => OutboxMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id', foreignKeyConstraintName: 'fk_outbox_delivery_message' })
  message?: OutboxMessageEntity;

  @Column({ type: 'text' })
  channel!: DeliveryChannel;

  /** The subscription id (WEBHOOK) or the e-mail address (EMAIL). */
  @Column({ type: 'text' })
  target!: string;

  @Column({ type: 'text', default: DeliveryStatus.PENDING })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** When the dispatcher may try next; null once DELIVERED or FAILED (no attempt will follow). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
