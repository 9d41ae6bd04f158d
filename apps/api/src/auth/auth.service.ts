import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@app/config';
import { DomainError, DomainErrorCode, LoginRefusal } from '@app/domain';
import { UserEntity, UserRepository, UserStatus } from '@app/persistence';
import { TokenClaims } from './auth.guard';
import { LoginDto, LoginResponseDto } from './login.dto';
import { LoginRateLimiter, tooManyAttempts } from './login-rate-limiter';
import { decoyHash, passwordHasher } from './password-hasher';

/**
 * Logs in: refuses while the username or the address has too many recent failures (429), checks the
 * password against its slow hash (upgrading an older hash on success), refuses a disabled account, and
 * issues a token carrying the account's token version.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly limiter: LoginRateLimiter,
  ) {}

  async login({ username, password }: LoginDto, address: string): Promise<LoginResponseDto> {
    const block = this.limiter.check(username, address);
    if (block !== null) throw tooManyAttempts(block);
    const user = await this.users.findByUsername(username);
    // Verify even when the user is unknown, so timing does not tell which usernames exist.
    const ok = await passwordHasher.verify(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !ok) {
      this.limiter.failed(username, address);
      throw new DomainError(DomainErrorCode.UNAUTHENTICATED, 'Wrong username or password', {
        reason: LoginRefusal.WRONG_CREDENTIALS,
      });
    }
    this.limiter.succeeded(username);
    if (user.status !== UserStatus.ACTIVE) {
      throw new DomainError(
        DomainErrorCode.UNAUTHENTICATED,
        'This account has been disabled; ask whoever manages your account',
        { reason: LoginRefusal.ACCOUNT_DISABLED },
      );
    }
    if (passwordHasher.needsUpgrade(user.passwordHash)) await this.upgrade(user, password);
    return this.issue(user);
  }

  /** A token for the account as it stands now (also after changing one's own password). */
  async issue(user: UserEntity): Promise<LoginResponseDto> {
    const claims: TokenClaims = {
      sub: user.id,
      role: user.role,
      name: user.displayName,
      scope: user.scopeId,
      scopePath: user.scopeId ? await this.users.scopePathOf(user.scopeId) : null,
      ver: user.tokenVersion,
    };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.JWT_TTL_SECONDS });
    const { id, username, displayName, role, scopeId } = user;
    return {
      accessToken,
      expiresInSeconds: this.config.JWT_TTL_SECONDS,
      user: { id, username, displayName, role, scopeId },
    };
  }

  // The same password under today's hash; only if nobody changed it meanwhile. Tokens stay valid.
  private async upgrade(user: UserEntity, password: string): Promise<void> {
    const upgraded = await passwordHasher.hash(password);
    await this.users.upgradePasswordHash(user.id, upgraded, user.passwordHash);
  }
}
