import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CommunityKind, JurisdictionLevel } from '@app/domain';

/**
 * One node of the jurisdiction tree (省 › 市 › 区/县 › 街道 › 社区). The materialised path
 * ('/zj/hz/xh/sfjd/c-01/') makes a subtree one indexed prefix match; nodes never move.
 */
@Entity({ name: 'jurisdiction' })
@Index('idx_jurisdiction_parent', ['parentId'])
export class JurisdictionEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'parent_id', type: 'text', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  level!: JurisdictionLevel;

  @Column({ type: 'text' })
  name!: string;

  /** Communities only. */
  @Column({ type: 'text', nullable: true })
  kind!: CommunityKind | null;

  /** Communities only: an ineligible community gets no case and is left out of target denominators. */
  @Column({ type: 'boolean', default: true })
  eligible!: boolean;

  @Column({ name: 'ineligible_reason', type: 'text', nullable: true })
  ineligibleReason!: string | null;

  @Column({ type: 'text', unique: true })
  path!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
