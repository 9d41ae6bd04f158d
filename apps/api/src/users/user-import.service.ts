import { Injectable } from '@nestjs/common';
import { NewUserRow, Transactions, UserAccountsRepository } from '@app/persistence';
import { AppConfig } from '@app/config';
import {
  DomainError,
  DomainErrorCode,
  importRejected,
  readImportRows,
  USER_COLUMNS,
  userImportReferences,
  UserImportRecord,
  validateUserRows,
} from '@app/domain';
import { AuditService, SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { passwordHasher } from '../auth/password-hasher';
import { isUniqueViolation } from '../common/unique-violation';
import { readSpreadsheet, UploadedSpreadsheet } from '../spreadsheets/spreadsheet';
import { managerOf } from './account-manager';
import { generatedPassword } from './generated-password';
import { UserImportResult } from './user.view';

/** Each account costs a slow hash (~30 ms); a file beyond this is a district's worth, split it. */
export const MAX_USER_IMPORT_ROWS = 5_000;
/** Hashes at once: libuv's default thread pool, where @node-rs/argon2 hashes. */
const HASHING_CONCURRENCY = 4;

/**
 * Imports accounts from CSV or XLSX with the same rules as one created through the API (scope in the
 * caller's subtree and of the level the role needs, password policy, usernames unique in the file and
 * the database); one bad cell and nothing is written (422 with every row's problems), otherwise every
 * row goes in with one statement in one transaction, audited. Empty 初始密码 cells get a generated
 * password, answered this once.
 */
@Injectable()
export class UserImportService {
  constructor(
    private readonly transactions: Transactions,
    private readonly accounts: UserAccountsRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async import(actor: AuthenticatedActor, file: UploadedSpreadsheet | undefined): Promise<UserImportResult> {
    const upload = await readSpreadsheet(file);
    const sheet = readImportRows(upload.records, USER_COLUMNS);
    if (sheet.rows.length + sheet.incomplete.length > MAX_USER_IMPORT_ROWS) {
      throw new DomainError(
        DomainErrorCode.INVALID_REQUEST,
        `A users file may hold at most ${MAX_USER_IMPORT_ROWS} rows`,
        {
          problems: [
            { field: 'file', message: `split it into files of at most ${MAX_USER_IMPORT_ROWS} rows` },
          ],
        },
      );
    }
    const { usernames, scopeIds } = userImportReferences(sheet.rows);
    const [scopes, takenUsernames] = await Promise.all([
      this.accounts.scopeNodes(scopeIds),
      this.accounts.takenUsernames(usernames),
    ]);
    const { records, problems } = validateUserRows(sheet.rows, sheet.incomplete, {
      manager: managerOf(actor),
      scopes,
      takenUsernames,
      passwordPolicy: { minLength: this.config.PASSWORD_MIN_LENGTH },
    });
    if (sheet.problems.length + problems.length > 0) {
      throw importRejected([...sheet.problems, ...problems], 'users', sheet);
    }
    const passwords = records.map((record) => record.password ?? generatedPassword());
    const rows = await this.hashed(records, passwords, actor.userId);
    const byRole: Record<string, number> = {};
    for (const record of records) byRole[record.role] = (byRole[record.role] ?? 0) + 1;
    await this.insert(actor, rows, { file: file?.originalname, imported: rows.length, byRole, usernames });
    return {
      imported: rows.length,
      byRole,
      generatedPasswords: records.flatMap((record, index) =>
        record.password === null
          ? [{ row: record.row, username: record.username, password: passwords[index] }]
          : [],
      ),
    };
  }

  private async hashed(
    records: UserImportRecord[],
    passwords: string[],
    createdBy: string,
  ): Promise<NewUserRow[]> {
    const hashes: string[] = [];
    for (let start = 0; start < passwords.length; start += HASHING_CONCURRENCY) {
      const batch = passwords.slice(start, start + HASHING_CONCURRENCY);
      hashes.push(...(await Promise.all(batch.map((password) => passwordHasher.hash(password)))));
    }
    return records.map((record, index) => ({
      username: record.username,
      displayName: record.displayName.trim(),
      role: record.role,
      scopeId: record.scopeId,
      passwordHash: hashes[index],
      email: record.email,
      createdBy,
    }));
  }

  private async insert(
    actor: AuthenticatedActor,
    rows: NewUserRow[],
    payload: Record<string, unknown>,
  ): Promise<void> {
    try {
      await this.transactions.run(async (transaction) => {
        await this.accounts.insert(transaction, rows);
        await this.audit.record(
          actor,
          { action: 'IMPORT_USERS', campaignId: SYSTEM_AUDIT_CHAIN, payload },
          transaction,
        );
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new DomainError(
        DomainErrorCode.CONFLICT,
        'A username of the file was taken meanwhile; upload again',
      );
    }
  }
}
