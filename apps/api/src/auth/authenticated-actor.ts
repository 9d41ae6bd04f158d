import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from '@app/domain';
import type { UserRole } from '@app/persistence';

/** The logged-in user as the domain sees it, plus the scope authorisation checks against. */
export interface AuthenticatedActor extends Actor {
  role: UserRole;
  scopeId: string | null;
  /** Materialised path of the scope jurisdiction ('/bj/cy/jxq/'), for subtree checks; null for none. */
  scopePath: string | null;
}

/** Injects the authenticated actor the guard put on the request. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedActor =>
    context.switchToHttp().getRequest<{ actor: AuthenticatedActor }>().actor,
);
