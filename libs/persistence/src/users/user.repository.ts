import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

/** An active inspector and the jurisdiction of their account, as the conflict rule reads them. */
export interface InspectorRow {
  id: string;
  display_name: string;
  level: string | null;
  scope_id: string | null;
  parent_id: string | null;
}

/** Every statement on user accounts (app_user) that is not the account manager's own. */
@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every active inspector by username, or only those of the given ids (unknown ids simply absent). */
  activeInspectors(userIds?: string[]): Promise<InspectorRow[]> {
    if (userIds === undefined) {
      return this.dataSource.query<InspectorRow[]>(
        `SELECT u.id, u.display_name, j.level, u.scope_id, j.parent_id
           FROM app_user u LEFT JOIN jurisdiction j ON j.id = u.scope_id
          WHERE u.role = 'INSPECTOR' AND u.status = 'ACTIVE' ORDER BY u.username`,
      );
    }
    return this.dataSource.query<InspectorRow[]>(
      `SELECT u.id, u.display_name, j.level, u.scope_id, j.parent_id
         FROM app_user u LEFT JOIN jurisdiction j ON j.id = u.scope_id
        WHERE u.role = 'INSPECTOR' AND u.status = 'ACTIVE' AND u.id::text = ANY($1::text[])`,
      [userIds],
    );
  }

  /** The account of that username, or null (logging in). */
  findByUsername(username: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOne({ where: { username } });
  }

  /** Replaces an account's password hash only if it is still `previous` (a login upgrading an older hash). */
  async upgradePasswordHash(id: string, upgraded: string, previous: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE app_user SET password_hash = $2 WHERE id = $1 AND password_hash = $3',
      [id, upgraded, previous],
    );
  }

  /** The path of an account's scope (a jurisdiction), as its token carries it; null when there is none. */
  async scopePathOf(jurisdictionId: string): Promise<string | null> {
    const rows: { path: string }[] = await this.dataSource.query(
      'SELECT path FROM jurisdiction WHERE id = $1',
      [jurisdictionId],
    );
    return rows[0]?.path ?? null;
  }

  /** An account's token version and status (read per request through a cache); null when there is none. */
  async tokenState(userId: string): Promise<{ tokenVersion: number; active: boolean } | null> {
    const rows = await this.dataSource.query<{ token_version: number; status: string }[]>(
      'SELECT token_version, status FROM app_user WHERE id = $1',
      [userId],
    );
    return rows.length === 0
      ? null
      : { tokenVersion: rows[0].token_version, active: rows[0].status === 'ACTIVE' };
  }
}
