import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DomainError, DomainErrorCode, passwordProblems } from '@app/domain';
import { Transactions, UserAccountsRepository } from '@app/persistence';
import { AuditService, SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { AccountStatusService } from '../auth/account-status.service';
import { AuthService } from '../auth/auth.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { LoginResponseDto } from '../auth/login.dto';
import { LoginRateLimiter, tooManyAttempts } from '../auth/login-rate-limiter';
import { passwordHasher } from '../auth/password-hasher';
import { MeView } from './user.view';

/** The signed-in user's own account: who am I, and changing one's own password. */
@Injectable()
export class MeService {
  constructor(
    private readonly transactions: Transactions,
    private readonly accounts: UserAccountsRepository,
    private readonly status: AccountStatusService,
    private readonly auth: AuthService,
    private readonly limiter: LoginRateLimiter,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async me(actor: AuthenticatedActor): Promise<MeView> {
    const user = await this.accounts.find(actor.userId);
    if (user === null) throw new DomainError(DomainErrorCode.NOT_FOUND, 'Your account no longer exists');
    const path = user.scopePath === null ? [] : await this.accounts.pathNodes(user.scopePath);
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      email: user.email,
      scope:
        user.scopeId === null
          ? null
          : { id: user.scopeId, name: user.scopeName ?? user.scopeId, level: user.scopeLevel ?? 'UNKNOWN' },
      scopePath: path,
      scopePathText: path.map((node) => node.name).join(' › '),
    };
  }

  /**
   * Changes one's own password after checking the current one (422 when wrong, or when the new one breaks
   * the policy); every token of the account, this one included, is refused from now on, so the answer
   * carries a fresh one. Wrong current passwords count as failed logins (a stolen token cannot guess).
   */
  async changePassword(
    actor: AuthenticatedActor,
    { current, next, address }: { current: string; next: string; address: string },
  ): Promise<LoginResponseDto> {
    const user = await this.accounts.find(actor.userId);
    const stored = await this.accounts.passwordHashOf(actor.userId);
    if (user === null || stored === null)
      throw new DomainError(DomainErrorCode.NOT_FOUND, 'Your account no longer exists');
    const block = this.limiter.check(user.username, address);
    if (block !== null) throw tooManyAttempts(block);
    const verified = await passwordHasher.verify(stored, current);
    if (!verified) this.limiter.failed(user.username, address);
    const problems = verified ? [] : [{ field: 'currentPassword', message: 'is not your current password' }];
    problems.push(
      ...passwordProblems(next, user.username, { minLength: this.config.PASSWORD_MIN_LENGTH }, 'newPassword'),
    );
    if (next === current)
      problems.push({ field: 'newPassword', message: 'must differ from the current one' });
    if (problems.length > 0) throw DomainError.validation(problems);
    const passwordHash = await passwordHasher.hash(next);
    await this.transactions.run(async (transaction) => {
      await this.accounts.update(transaction, user.id, { passwordHash, bumpTokenVersion: true });
      const payload = { userId: user.id, username: user.username };
      await this.audit.record(
        actor,
        { action: 'CHANGE_OWN_PASSWORD', campaignId: SYSTEM_AUDIT_CHAIN, payload },
        transaction,
      );
    });
    this.status.forget(user.id);
    const entity = await this.accounts.entity(user.id);
    return this.auth.issue(entity);
  }
}
