import { Injectable } from '@nestjs/common';
import { Transactions, UserAccountsRepository, UserChanges, UserRecord } from '@app/persistence';
import { AppConfig } from '@app/config';
import { DomainError, passwordProblems } from '@app/domain';
import { AuditService, SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { AccountStatusService } from '../auth/account-status.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { passwordHasher } from '../auth/password-hasher';
import { managedOrNotFound, refuseOwnAccount } from './account-manager';
import { generatedPassword } from './generated-password';
import { UserView, UserWithPasswordView } from './user.view';
import { userViewOf } from './user.mapper';

/**
 * Disabling, enabling and resetting the password of an account the caller manages. Disabling and a
 * reset refuse the account's existing tokens at once (token version); each act is audited without the
 * password.
 */
@Injectable()
export class AccountLifecycleService {
  constructor(
    private readonly transactions: Transactions,
    private readonly accounts: UserAccountsRepository,
    private readonly status: AccountStatusService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** DISABLED: no login, no token works; disabling a disabled account changes nothing. */
  async disable(actor: AuthenticatedActor, id: string, reason: string): Promise<UserView> {
    const user = managedOrNotFound(actor, id, await this.accounts.find(id));
    refuseOwnAccount(actor, id, 'disable');
    if (user.status === 'DISABLED') return userViewOf(user);
    const trimmed = reason.trim();
    if (trimmed === '')
      throw DomainError.validation([{ field: 'reason', message: 'say why the account is disabled' }]);
    const changes = { status: 'DISABLED', disabledReason: trimmed, bumpTokenVersion: true } as const;
    return this.change(actor, user, changes, 'DISABLE_USER', { reason: trimmed });
  }

  /** ACTIVE again; it logs in afresh (its old tokens stay refused). */
  async enable(actor: AuthenticatedActor, id: string): Promise<UserView> {
    const user = managedOrNotFound(actor, id, await this.accounts.find(id));
    if (user.status === 'ACTIVE') return userViewOf(user);
    const changes = { status: 'ACTIVE', disabledReason: null, bumpTokenVersion: true } as const;
    return this.change(actor, user, changes, 'ENABLE_USER', {});
  }

  /** Sets a new password (generated and answered once when none is given); 422 against the policy. */
  async resetPassword(
    actor: AuthenticatedActor,
    id: string,
    password?: string,
  ): Promise<UserWithPasswordView> {
    const user = managedOrNotFound(actor, id, await this.accounts.find(id));
    if (password !== undefined) {
      const problems = passwordProblems(password, user.username, {
        minLength: this.config.PASSWORD_MIN_LENGTH,
      });
      if (problems.length > 0)
        throw DomainError.validation(
          problems,
          'The password does not meet the policy; each problem is listed.',
        );
    }
    const next = password ?? generatedPassword();
    const changes = { passwordHash: await passwordHasher.hash(next), bumpTokenVersion: true };
    const view = await this.change(actor, user, changes, 'RESET_PASSWORD', {
      generated: password === undefined,
    });
    return { user: view, generatedPassword: password === undefined ? next : null };
  }

  private async change(
    actor: AuthenticatedActor,
    user: UserRecord,
    changes: UserChanges,
    action: string,
    details: Record<string, unknown>,
  ): Promise<UserView> {
    await this.transactions.run(async (transaction) => {
      await this.accounts.update(transaction, user.id, changes);
      const payload = { userId: user.id, username: user.username, ...details };
      await this.audit.record(actor, { action, campaignId: SYSTEM_AUDIT_CHAIN, payload }, transaction);
    });
    this.status.forget(user.id);
    return userViewOf((await this.accounts.find(user.id))!);
  }
}
