import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type {
  AwardPolicy,
  CampaignSchedule,
  CampaignStatus,
  CampaignTargets,
  InspectionPolicy,
} from '@app/domain';
import { StandardEntity } from './standard.entity';

/** A creation campaign (创建活动): its rules as JSON, the standard version it pins, and its status. */
@Entity({ name: 'campaign' })
@Index('idx_campaign_organizer', ['organizerJurisdictionId'])
@Index('idx_campaign_scope', ['scopeJurisdictionId'])
@Index('idx_campaign_status', ['status'])
@Index('idx_campaign_standard', ['standardId'])
export class CampaignEntity {
  /** A slug, e.g. demo-2026-pingan; part of every case's workflow id. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'title_kind', type: 'text' })
  titleKind!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'organizer_jurisdiction_id', type: 'text' })
  organizerJurisdictionId!: string;

  @Column({ name: 'scope_jurisdiction_id', type: 'text' })
  scopeJurisdictionId!: string;

  @Column({ name: 'standard_id', type: 'uuid' })
  standardId!: string;

  /** The pinned version; joined when a view needs its code and version. */
  @ManyToOne(() => StandardEntity, { nullable: false })
  @JoinColumn({ name: 'standard_id', foreignKeyConstraintName: 'fk_campaign_standard' })
  standard?: StandardEntity;

  @Column({ type: 'jsonb' })
  schedule!: CampaignSchedule;

  @Column({ type: 'jsonb' })
  targets!: CampaignTargets;

  @Column({ name: 'inspection_policy', type: 'jsonb' })
  inspectionPolicy!: InspectionPolicy;

  @Column({ name: 'award_policy', type: 'jsonb' })
  awardPolicy!: AwardPolicy;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: CampaignStatus;

  @Column({ name: 'launched_at', type: 'timestamptz', nullable: true })
  launchedAt!: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
