import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Read model of one community case, written only by the workflow's projection activity. */
@Entity({ name: 'case_projection' })
@Index('idx_case_projection_campaign_stage', ['campaignId', 'stage'])
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

  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
