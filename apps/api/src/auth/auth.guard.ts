import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DomainError, DomainErrorCode } from '@app/domain';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor } from './authenticated-actor';
import { IS_PUBLIC } from './public.decorator';
import { ROLES } from './roles.decorator';

export interface TokenClaims {
  sub: string;
  role: UserRole;
  name: string;
  scope: string | null;
  scopePath: string | null;
}

/** Global guard: a valid bearer token on every route not marked @Public, then the route's @Roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string>; actor?: AuthenticatedActor }>();
    request.actor = await this.actorFrom(request.headers.authorization);
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(request.actor.role)) {
      throw new DomainError(
        DomainErrorCode.FORBIDDEN,
        `Only ${roles.join(' or ')} may do this; you are ${request.actor.role}`,
        {
          requiredRoles: roles,
        },
      );
    }
    return true;
  }

  private async actorFrom(header: string | undefined): Promise<AuthenticatedActor> {
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
    if (!token) {
      throw new DomainError(
        DomainErrorCode.UNAUTHENTICATED,
        'Log in first: send "Authorization: Bearer <token>" from POST /auth/login',
      );
    }
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token);
      return {
        userId: claims.sub,
        role: claims.role,
        displayName: claims.name,
        scopeId: claims.scope,
        scopePath: claims.scopePath,
      };
    } catch {
      throw new DomainError(DomainErrorCode.UNAUTHENTICATED, 'The token is invalid or expired; log in again');
    }
  }
}
