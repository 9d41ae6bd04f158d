import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { StandardDefinition } from '@app/domain';

/** One immutable version of a standard (创建标准); a change is a new row with the next version. */
@Entity({ name: 'standard' })
@Unique('uq_standard_code_version', ['code', 'version'])
export class StandardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'title_kind', type: 'text' })
  titleKind!: string;

  /** The whole definition (categories, items, tiers), exactly as validated. */
  @Column({ type: 'jsonb' })
  definition!: StandardDefinition;

  /** The user id of whoever created this version. */
  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
