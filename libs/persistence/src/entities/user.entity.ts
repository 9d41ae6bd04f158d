import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum UserRole {
  ADMIN = 'ADMIN',
  ORGANIZER = 'ORGANIZER',
  COMMUNITY = 'COMMUNITY',
  INSPECTOR = 'INSPECTOR',
  OBSERVER = 'OBSERVER',
}

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
