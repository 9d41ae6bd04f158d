import { UserRole } from '@app/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** ACTIVE users log in and act; a DISABLED one can do neither, and its tokens are refused at once. */
export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

// Defined in the domain (who may act is decided there); re-exported for the modules that import it here.
export { UserRole };

/** A person who logs in; scope is a jurisdiction subtree (organizer, observer) or one community (clerk). */
@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  username!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: UserRole;

  @Column({ name: 'scope_id', type: 'text', nullable: true })
  scopeId!: string | null;

  /** Where e-mail copies of notifications go when SMTP is configured; null: in-app inbox only. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', default: UserStatus.ACTIVE })
  status!: UserStatus;

  /** Bumped on every change of role, scope, password or status; a token carrying an older one is refused. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;

  /** Why the account was disabled; null while ACTIVE. */
  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason!: string | null;

  /** Who created it through the API; null for users from the demo loader or SQL. */
  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
