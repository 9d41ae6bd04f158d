import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One link of a campaign's audit hash chain; inserted only by AuditTrailWriter, never changed. */
@Entity({ name: 'audit_event' })
@Unique('uq_audit_event_campaign_chain', ['campaignId', 'chainIndex'])
@Unique('uq_audit_event_workflow_seq', ['workflowId', 'seq'])
@Index('idx_audit_event_workflow_chain', ['workflowId', 'chainIndex'])
export class AuditEventEntity {
  /** bigint: pg hands it back as a string. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'campaign_id', type: 'text' })
  campaignId!: string;

  /** 1, 2, 3 … within the campaign; bigint, so a string. */
  @Column({ name: 'chain_index', type: 'bigint' })
  chainIndex!: string;

  @Column({ name: 'workflow_id', type: 'text', nullable: true })
  workflowId!: string | null;

  @Column({ name: 'community_id', type: 'text', nullable: true })
  communityId!: string | null;

  /** The case's seq for a workflow event; null for API-side entries. */
  @Column({ type: 'integer', nullable: true })
  seq!: number | null;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'stage_before', type: 'text', nullable: true })
  stageBefore!: string | null;

  @Column({ name: 'stage_after', type: 'text', nullable: true })
  stageAfter!: string | null;

  @Column({ name: 'payload_digest', type: 'text' })
  payloadDigest!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash!: string;

  @Column({ type: 'text' })
  hash!: string;
}
