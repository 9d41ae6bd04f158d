import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AccountRole, JurisdictionLevel, ScopeNode } from '@app/domain';
import { UserEntity } from '../entities/user.entity';

/** An account with its scope node, as the user screens and the rules read it. */
export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: AccountRole;
  scopeId: string | null;
  status: 'ACTIVE' | 'DISABLED';
  disabledReason: string | null;
  email: string | null;
  createdAt: Date;
  updatedAt: Date;
  tokenVersion: number;
  scopeName: string | null;
  scopeLevel: JurisdictionLevel | null;
  scopePath: string | null;
}

/** A list's filters; `subtree` null lists every account (an ADMIN's view), unscoped ones included. */
export interface UserListFilter {
  subtree: string | null;
  excludeAdmins: boolean;
  role?: string;
  status?: string;
  /** Accounts placed at or under this path. */
  under?: string;
  /** Part of the username or the name, case ignored. */
  text?: string;
}

/** A new account row; the password already hashed. */
export interface NewUserRow {
  username: string;
  displayName: string;
  role: AccountRole;
  scopeId: string | null;
  passwordHash: string;
  email: string | null;
  createdBy: string;
}

/** Changes to an account; `bumpTokenVersion` refuses every token issued before it. */
export interface UserChanges {
  displayName?: string;
  role?: AccountRole;
  scopeId?: string | null;
  email?: string | null;
  passwordHash?: string;
  status?: 'ACTIVE' | 'DISABLED';
  disabledReason?: string | null;
  bumpTokenVersion: boolean;
}

const SELECT_USER = `
  SELECT u.id, u.username, u.display_name AS "displayName", u.role, u.scope_id AS "scopeId", u.status,
         u.disabled_reason AS "disabledReason", u.email, u.created_at AS "createdAt",
         u.updated_at AS "updatedAt", u.token_version AS "tokenVersion",
         j.name AS "scopeName", j.level AS "scopeLevel", j.path AS "scopePath"
    FROM app_user u LEFT JOIN jurisdiction j ON j.id = u.scope_id`;

const COLUMNS: Record<Exclude<keyof UserChanges, 'bumpTokenVersion'>, string> = {
  displayName: 'display_name',
  role: 'role',
  scopeId: 'scope_id',
  email: 'email',
  passwordHash: 'password_hash',
  status: 'status',
  disabledReason: 'disabled_reason',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every statement about accounts (app_user) the API runs. */
@Injectable()
export class UserAccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserRecord | null> {
    if (!UUID.test(id)) return null;
    const rows = await manager.query<UserRecord[]>(`${SELECT_USER} WHERE u.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** One page in username order, and how many match in all (one statement). */
  async list(
    filter: UserListFilter,
    page: { limit: number; offset: number },
  ): Promise<{ rows: UserRecord[]; total: number }> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition(`$${parameters.length}`));
    };
    if (filter.subtree !== null) add((p) => `j.path LIKE ${p} || '%'`, filter.subtree);
    if (filter.excludeAdmins) conditions.push(`u.role <> 'ADMIN'`);
    if (filter.role !== undefined) add((p) => `u.role = ${p}`, filter.role);
    if (filter.status !== undefined) add((p) => `u.status = ${p}`, filter.status);
    if (filter.under !== undefined) add((p) => `j.path LIKE ${p} || '%'`, filter.under);
    if (filter.text !== undefined) {
      add((p) => `(u.username ILIKE ${p} OR u.display_name ILIKE ${p})`, `%${escapeLike(filter.text)}%`);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows = await this.dataSource.query<(UserRecord & { total: string })[]>(
      `SELECT listed.*, count(*) OVER () AS total FROM (${SELECT_USER} ${where}) listed
        ORDER BY username LIMIT ${page.limit} OFFSET ${page.offset}`,
      parameters,
    );
    const total = rows.length > 0 ? Number(rows[0].total) : await this.count(where, parameters);
    return { rows: rows.map(({ total: _total, ...row }) => row), total };
  }

  /** The scope nodes among these ids that exist. */
  async scopeNodes(ids: string[]): Promise<Map<string, ScopeNode>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<ScopeNode[]>(
      'SELECT id, level, path FROM jurisdiction WHERE id = ANY($1::text[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The nodes from the root down to this path's node, with their names (for "who am I"). */
  pathNodes(path: string): Promise<{ id: string; name: string; level: JurisdictionLevel }[]> {
    return this.dataSource.query(
      `SELECT id, name, level FROM jurisdiction WHERE $1 LIKE path || '%' ORDER BY length(path)`,
      [path],
    );
  }

  /** Which of these usernames are taken. */
  async takenUsernames(usernames: string[]): Promise<Set<string>> {
    if (usernames.length === 0) return new Set();
    const rows = await this.dataSource.query<{ username: string }[]>(
      'SELECT username FROM app_user WHERE username = ANY($1::text[])',
      [usernames],
    );
    return new Set(rows.map((row) => row.username));
  }

  async passwordHashOf(id: string): Promise<string | null> {
    if (!UUID.test(id)) return null;
    const rows = await this.dataSource.query<{ password_hash: string }[]>(
      'SELECT password_hash FROM app_user WHERE id = $1',
      [id],
    );
    return rows[0]?.password_hash ?? null;
  }

  /** Inserts every row with one statement; answers the new ids in row order. */
  async insert(manager: EntityManager, rows: NewUserRow[]): Promise<string[]> {
    const column = <K extends keyof NewUserRow>(key: K) => rows.map((row) => row[key]);
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO app_user (username, display_name, role, scope_id, password_hash, email, created_by)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       RETURNING id`,
      [
        column('username'),
        column('displayName'),
        column('role'),
        column('scopeId'),
        column('passwordHash'),
        column('email'),
        column('createdBy'),
      ],
    );
    return inserted.map((row) => row.id);
  }

  async update(manager: EntityManager, id: string, changes: UserChanges): Promise<void> {
    const assignments = ['updated_at = now()'];
    const parameters: unknown[] = [id];
    for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
      if (changes[key] === undefined) continue;
      parameters.push(changes[key]);
      assignments.push(`${column} = $${parameters.length}`);
    }
    if (changes.bumpTokenVersion) assignments.push('token_version = token_version + 1');
    await manager.query(`UPDATE app_user SET ${assignments.join(', ')} WHERE id = $1`, parameters);
  }

  private async count(where: string, parameters: unknown[]): Promise<number> {
    const [{ total }] = await this.dataSource.query<{ total: string }[]>(
      `SELECT count(*)::text AS total FROM (${SELECT_USER} ${where}) listed`,
      parameters,
    );
    return Number(total);
  }

  /** The account's entity, as a token is issued from; throws when there is none. */
  entity(id: string): Promise<UserEntity> {
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id });
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
