import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DomainError, DomainErrorCode } from '@app/domain';
import { UserRepository } from '@app/persistence';
import { ExpiringCache } from '../common/expiring-cache';
import { staleOnDatabaseOutage } from './stale-on-database-outage';

/** What a request needs to know about the account behind its token. */
type AccountState = NonNullable<Awaited<ReturnType<UserRepository['tokenState']>>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a token's account still stands as the token says: it exists, is ACTIVE, and its token version
 * (bumped on every change of role, scope, password or status) is the token's. Read per request from a
 * cache of ACCESS_CACHE_MS (5 s by default), so an action costs no database read; a change made through
 * this process is forgotten at once, one made by another API process is seen within the cache's life.
 */
@Injectable()
export class AccountStatusService {
  private readonly cache: ExpiringCache<string, AccountState | null>;

  constructor(
    private readonly users: UserRepository,
    config: AppConfig,
  ) {
    this.cache = new ExpiringCache(config.ACCESS_CACHE_MS, 100_000, Date.now, staleOnDatabaseOutage(config));
  }

  /** Throws UNAUTHENTICATED (401) naming why, when the token no longer stands for its account. */
  async assertCurrent(userId: string, tokenVersion: number): Promise<void> {
    const cached = this.cache.peek(userId);
    const state = cached !== undefined ? cached : await this.cache.get(userId, () => this.load(userId));
    if (state === null) throw refused('The account this token was issued for no longer exists');
    if (!state.active) throw refused('This account has been disabled; ask whoever manages your account');
    if (state.tokenVersion !== tokenVersion) {
      throw refused(
        'This account changed (role, scope, password or status) since you logged in; log in again',
      );
    }
  }

  /**
   * Throws UNAUTHENTICATED (401) when the account no longer exists or is disabled: for work that goes on
   * in its name after its request has been answered (a batch), from the same cache.
   */
  async assertActive(userId: string): Promise<void> {
    const cached = this.cache.peek(userId);
    const state = cached !== undefined ? cached : await this.cache.get(userId, () => this.load(userId));
    if (state === null) throw refused('The account this work was started by no longer exists');
    if (!state.active) throw refused('The account this work was started by has been disabled');
  }

  /** Call after changing an account: this process checks its tokens against the database at once. */
  forget(userId: string): void {
    this.cache.forget(userId);
  }

  private async load(userId: string): Promise<AccountState | null> {
    if (!UUID.test(userId)) return null;
    return this.users.tokenState(userId);
  }
}

function refused(message: string): DomainError {
  return new DomainError(DomainErrorCode.UNAUTHENTICATED, message);
}
