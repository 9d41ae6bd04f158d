import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { CampaignAccessLevel, DomainError, DomainErrorCode } from '@app/domain';
import { UserRole } from '@app/persistence';
import { ExpiringCache } from '../common/expiring-cache';
import { AccountStatusService } from './account-status.service';
import { AuthenticatedActor } from './authenticated-actor';
import { CAMPAIGN_SCOPE, CampaignScopeRule } from './campaign-scoped.decorator';
import { CampaignScope } from './campaign-scope.service';
import { IS_PUBLIC } from './public.decorator';
import { ROLES } from './roles.decorator';

export interface TokenClaims {
  sub: string;
  role: UserRole;
  name: string;
  scope: string | null;
  scopePath: string | null;
  /** The account's token version when the token was issued (absent on tokens from before it: 0). */
  ver?: number;
  /** Expiry, seconds since the epoch (set by the signer). */
  exp?: number;
}

/** How long a verified token's claims are kept (ms): a signature check saved per request on hot reads. */
const VERIFIED_TOKEN_MS = 60_000;

interface GuardedRequest {
  headers: Record<string, string | undefined>;
  params?: Record<string, string | undefined>;
  actor?: AuthenticatedActor;
  campaignAccess?: CampaignAccessLevel;
}

/**
 * Global guard, in this order: a valid bearer token on every route not marked @Public, whose account
 * still stands as the token says (AccountStatusService); the route's @Roles (403 naming them); the
 * route's @CampaignScoped level on its campaign (404 otherwise).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  // Keyed by the whole token, signature included: only a string verified before is found. Its expiry is
  // checked on every hit; the account's standing is checked after, whatever the cache says.
  private readonly verified = new ExpiringCache<string, TokenClaims>(VERIFIED_TOKEN_MS, 10_000);

  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    private readonly accounts: AccountStatusService,
    private readonly campaigns: CampaignScope,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const scoped = this.reflector.getAllAndOverride<CampaignScopeRule | undefined>(CAMPAIGN_SCOPE, targets);
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      if (scoped) request.campaignAccess = await this.campaignLevel(null, request, scoped);
      return true;
    }
    const actor = await this.actorFrom(request.headers.authorization);
    request.actor = actor;
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(actor.role)) {
      throw new DomainError(
        DomainErrorCode.FORBIDDEN,
        `Only ${roles.join(' or ')} may do this; you are ${actor.role}`,
        { requiredRoles: roles },
      );
    }
    if (scoped) request.campaignAccess = await this.campaignLevel(actor, request, scoped);
    return true;
  }

  private campaignLevel(
    actor: AuthenticatedActor | null,
    request: GuardedRequest,
    rule: CampaignScopeRule,
  ): Promise<CampaignAccessLevel> {
    const campaignId = request.params?.[rule.param] ?? '';
    return this.campaigns.require(actor, campaignId, rule.level);
  }

  private async actorFrom(header: string | undefined): Promise<AuthenticatedActor> {
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
    if (!token) {
      throw new DomainError(
        DomainErrorCode.UNAUTHENTICATED,
        'Log in first: send "Authorization: Bearer <token>" from POST /auth/login',
      );
    }
    const claims = await this.verify(token);
    await this.accounts.assertCurrent(claims.sub, claims.ver ?? 0);
    return {
      userId: claims.sub,
      role: claims.role,
      displayName: claims.name,
      scopeId: claims.scope,
      scopePath: claims.scopePath,
    };
  }

  private async verify(token: string): Promise<TokenClaims> {
    const known = this.verified.peek(token);
    if (known !== undefined && (known.exp === undefined || known.exp * 1000 > Date.now())) return known;
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token);
      this.verified.set(token, claims);
      return claims;
    } catch {
      throw new DomainError(DomainErrorCode.UNAUTHENTICATED, 'The token is invalid or expired; log in again');
    }
  }
}
