import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { compare } from 'bcryptjs';
import { Repository } from 'typeorm';
import { AppConfig } from '@app/config';
import { DomainError, DomainErrorCode } from '@app/domain';
import { UserEntity } from '@app/persistence';
import { TokenClaims } from './auth.guard';
import { LoginDto, LoginResponseDto } from './login.dto';

/** Checks a password against its slow hash and issues a signed token. */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async login({ username, password }: LoginDto): Promise<LoginResponseDto> {
    const user = await this.users.findOne({ where: { username } });
    // Compare even when the user is unknown, so timing does not tell which usernames exist.
    const ok = await compare(
      password,
      user?.passwordHash ?? '$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinv',
    );
    if (!user || !ok) throw new DomainError(DomainErrorCode.UNAUTHENTICATED, 'Wrong username or password');
    const claims: TokenClaims = {
      sub: user.id,
      role: user.role,
      name: user.displayName,
      scope: user.scopeId,
      scopePath: user.scopeId ? await this.pathOf(user.scopeId) : null,
    };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.JWT_TTL_SECONDS });
    const { id, displayName, role, scopeId } = user;
    return {
      accessToken,
      expiresInSeconds: this.config.JWT_TTL_SECONDS,
      user: { id, username, displayName, role, scopeId },
    };
  }

  private async pathOf(jurisdictionId: string): Promise<string | null> {
    const rows: { path: string }[] = await this.users.query('SELECT path FROM jurisdiction WHERE id = $1', [
      jurisdictionId,
    ]);
    return rows[0]?.path ?? null;
  }
}
