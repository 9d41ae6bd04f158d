import { DomainError, DomainErrorCode } from '../errors/domain-error';
import type { Actor, CaseState } from './case-state';

/** Where a signed-in user stands in the jurisdiction tree (from their token). */
export interface ActorScope {
  /** A clerk's community, an organizer's or observer's subtree root; null when not placed yet. */
  id: string | null;
  /** The materialised path of that node; a case is in scope when its community's path starts with it. */
  path: string | null;
}

/** An acting user as the API sends them: who, and where they may act. */
export interface ScopedActor extends Actor {
  scope?: ActorScope;
}

type CaseWhereabouts = Pick<CaseState, 'campaignId' | 'communityId' | 'community' | 'inspectors'>;

/**
 * May this actor act on this case at all? Decided on the case file itself, so an inspector may act the
 * moment they are assigned (no read model in between). Out of scope reads as "no such case": existence
 * is not leaked. An actor without `scope` comes from inside (the campaign workflow, the public notice
 * endpoint, an operator's client) and is not scoped.
 */
export function assertCaseAccess(whereabouts: CaseWhereabouts, actor: ScopedActor): void {
  if (!actor.scope || mayAct(whereabouts, actor, actor.scope)) return;
  throw new DomainError(
    DomainErrorCode.NOT_FOUND,
    `No case for community ${whereabouts.communityId} in campaign ${whereabouts.campaignId}`,
  );
}

/**
 * The rule itself: ADMIN anywhere; a clerk on its own community; an inspector once assigned; an organizer
 * or observer within its subtree. The case list's SQL filter (scopeCases) gives the same answers
 * (test/e2e/case-scope.e2e-spec.ts holds them together over a table of actors and cases).
 */
export function mayAct(whereabouts: CaseWhereabouts, actor: Actor, scope: ActorScope): boolean {
  switch (actor.role) {
    case 'ADMIN':
      return true;
    case 'COMMUNITY':
      return scope.id !== null && scope.id === whereabouts.communityId;
    case 'INSPECTOR':
      return whereabouts.inspectors.some((inspector) => inspector.userId === actor.userId);
    case 'ORGANIZER':
    case 'OBSERVER':
      return scope.path !== null && whereabouts.community.path.startsWith(scope.path);
    default:
      return false;
  }
}

/** The actor as recorded in the case file: the scope decided access and is not part of the decision. */
export function unscoped<C extends { actor: ScopedActor }>(command: C): C {
  if (!command.actor.scope) return command;
  const { scope: _scope, ...actor } = command.actor;
  return { ...command, actor };
}
