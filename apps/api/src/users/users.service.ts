import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import {
  AccountRole,
  accountDraftProblems,
  DomainError,
  DomainErrorCode,
  displayNameProblems,
  emailProblems,
  grantProblems,
  Problem,
} from '@app/domain';
import {
  Transaction,
  Transactions,
  UserAccountsRepository,
  UserChanges,
  UserRecord,
  UserRole,
} from '@app/persistence';
import { AuditService, SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { AccountStatusService } from '../auth/account-status.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { passwordHasher } from '../auth/password-hasher';
import { isUniqueViolation } from '../common/unique-violation';
import { managedOrNotFound, managerOf, refuseOwnAccount } from './account-manager';
import { generatedPassword } from './generated-password';
import { CreateUserDto, UpdateUserDto, UserListQueryDto } from './user.dto';
import { UserPage, UserView, UserWithPasswordView } from './user.view';
import { userViewOf } from './user.mapper';

/**
 * Accounts: created, listed, read and changed by an ADMIN (everyone) or an ORGANIZER (the accounts
 * inside its subtree, never an ADMIN). Every change is audited on the _system chain in the same
 * transaction (no password or hash in it); a change of role or scope refuses the account's tokens at once.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly accounts: UserAccountsRepository,
    private readonly status: AccountStatusService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Creates an ACTIVE account; 422 lists every problem, 409 when the username was taken meanwhile. */
  async create(actor: AuthenticatedActor, dto: CreateUserDto): Promise<UserWithPasswordView> {
    const draft = {
      username: dto.username,
      displayName: dto.displayName.trim(),
      role: dto.role,
      scopeId: dto.scopeId ?? null,
      password: dto.password ?? null,
      email: dto.email ?? null,
    };
    const [scopes, taken] = await Promise.all([
      this.accounts.scopeNodes(draft.scopeId === null ? [] : [draft.scopeId]),
      this.accounts.takenUsernames([draft.username]),
    ]);
    const problems = accountDraftProblems(draft, {
      manager: managerOf(actor),
      scope: draft.scopeId === null ? undefined : scopes.get(draft.scopeId),
      usernameTaken: taken.has(draft.username),
      passwordPolicy: { minLength: this.config.PASSWORD_MIN_LENGTH },
    });
    if (problems.length > 0) throw DomainError.validation(problems);
    const password = draft.password ?? generatedPassword();
    const row = {
      ...draft,
      role: draft.role as AccountRole,
      passwordHash: await passwordHasher.hash(password),
    };
    const id = await this.inTransaction(async (transaction) => {
      const [created] = await this.accounts.insert(transaction, [{ ...row, createdBy: actor.userId }]);
      const { username, displayName, role, scopeId, email } = draft;
      const payload = { userId: created, username, displayName, role, scopeId, email };
      await this.audit.record(
        actor,
        { action: 'CREATE_USER', campaignId: SYSTEM_AUDIT_CHAIN, payload },
        transaction,
      );
      return created;
    }, draft.username);
    return { user: await this.get(actor, id), generatedPassword: draft.password === null ? password : null };
  }

  async list(actor: AuthenticatedActor, query: UserListQueryDto): Promise<UserPage> {
    const admin = actor.role === UserRole.ADMIN;
    const manager = managerOf(actor);
    const under = query.scopeId === undefined ? undefined : await this.pathOfScope(query.scopeId);
    const { rows, total } = await this.accounts.list(
      {
        subtree: admin ? null : (manager.scopePath ?? '//'),
        excludeAdmins: !admin,
        role: query.role,
        status: query.status,
        under: under ?? (query.scopeId === undefined ? undefined : '//'),
        text: query.q,
      },
      query,
    );
    return { items: rows.map(userViewOf), total, limit: query.limit, offset: query.offset };
  }

  async get(actor: AuthenticatedActor, id: string): Promise<UserView> {
    return userViewOf(managedOrNotFound(actor, id, await this.accounts.find(id)));
  }

  /** Changes name, e-mail, role or scope; a new role or scope refuses the account's existing tokens. */
  async update(actor: AuthenticatedActor, id: string, dto: UpdateUserDto): Promise<UserView> {
    const current = managedOrNotFound(actor, id, await this.accounts.find(id));
    const role = dto.role ?? current.role;
    const scopeId = dto.scopeId === undefined ? current.scopeId : dto.scopeId;
    const regranted = role !== current.role || scopeId !== current.scopeId;
    if (regranted) refuseOwnAccount(actor, id, 'change the role or scope of');
    const problems: Problem[] = [
      ...(dto.displayName === undefined ? [] : displayNameProblems(dto.displayName)),
      ...(dto.email === undefined ? [] : emailProblems(dto.email)),
    ];
    if (regranted) {
      const scopes = await this.accounts.scopeNodes(scopeId === null ? [] : [scopeId]);
      problems.push(
        ...grantProblems(managerOf(actor), role, scopeId, scopeId === null ? undefined : scopes.get(scopeId)),
      );
    }
    if (problems.length > 0) throw DomainError.validation(problems);
    const changes = changesFrom(current, dto, regranted ? { role: role as AccountRole, scopeId } : null);
    const { bumpTokenVersion: _bump, ...changed } = changes;
    if (Object.keys(changed).length === 0) return userViewOf(current);
    await this.inTransaction(async (transaction) => {
      await this.accounts.update(transaction, id, changes);
      const payload = { userId: id, username: current.username, changed };
      await this.audit.record(
        actor,
        { action: 'UPDATE_USER', campaignId: SYSTEM_AUDIT_CHAIN, payload },
        transaction,
      );
    });
    this.status.forget(id);
    return this.get(actor, id);
  }

  private async pathOfScope(scopeId: string): Promise<string | undefined> {
    return (await this.accounts.scopeNodes([scopeId])).get(scopeId)?.path;
  }

  private async inTransaction<T>(
    work: (transaction: Transaction) => Promise<T>,
    username?: string,
  ): Promise<T> {
    try {
      return await this.transactions.run(work);
    } catch (error) {
      if (username !== undefined && isUniqueViolation(error)) {
        throw new DomainError(
          DomainErrorCode.CONFLICT,
          `The username ${username} was taken meanwhile; choose another`,
        );
      }
      throw error;
    }
  }
}

/** Only what differs from the account as it is; a new role or scope also bumps the token version. */
function changesFrom(
  current: UserRecord,
  dto: UpdateUserDto,
  grant: { role: AccountRole; scopeId: string | null } | null,
): UserChanges {
  const changes: UserChanges = { bumpTokenVersion: grant !== null };
  const displayName = dto.displayName?.trim();
  if (displayName !== undefined && displayName !== current.displayName) changes.displayName = displayName;
  if (dto.email !== undefined && dto.email !== current.email) changes.email = dto.email;
  if (grant !== null) Object.assign(changes, grant);
  return changes;
}
