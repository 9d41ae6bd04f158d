import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One outbound message (a domain event or an in-app notification), written once per key. */
@Entity({ name: 'outbox_message' })
@Unique('uq_outbox_message_key', ['key'])
export class OutboxMessageEntity {
  /** bigint: pg hands it back as a string. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** Stable across retries; webhook receivers dedupe on it (X-Chuangjian-Delivery). */
  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'campaign_id', type: 'text' })
  campaignId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
