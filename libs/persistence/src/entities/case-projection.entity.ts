import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Read model of one community case, written only by the workflow's projection activity. */
@Entity({ name: 'case_projection' })
@Index('idx_case_projection_campaign_stage_community', ['campaignId', 'stage', 'communityId'])
export class CaseProjectionEntity {
  @PrimaryColumn({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ name: 'campaign_id', type: 'text' })
  campaignId!: string;

  @Column({ name: 'community_id', type: 'text' })
  communityId!: string;

  @Column({ type: 'text' })
  stage!: string;

  /** The workflow's own counter; a projection is applied only if it is newer than the stored one. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'community_path', type: 'text', default: '' })
  communityPath!: string;

  @Column({ name: 'street_id', type: 'text', nullable: true })
  streetId!: string | null;

  @Column({ name: 'inspector_ids', type: 'text', array: true, default: '{}' })
  inspectorIds!: string[];

  @Column({ type: 'text', nullable: true })
  tier!: string | null;

  @Column({ name: 'total_score', type: 'numeric', precision: 6, scale: 2, nullable: true })
  totalScore!: string | null;

  /** The due date of the deadline the case is running against; overdue = due_at < now(). */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
