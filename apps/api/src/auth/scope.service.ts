import { Injectable } from '@nestjs/common';
import { JurisdictionRepository, UserRole } from '@app/persistence';
import { AuthenticatedActor } from './authenticated-actor';

/** The path prefix every jurisdiction path starts with: an ADMIN's subtree. */
const WHOLE_TREE = '/';

/**
 * Where an actor may act: its scope jurisdiction's subtree (materialised path prefix), the whole tree
 * for an ADMIN, nothing for a user without a scope.
 */
@Injectable()
export class ScopeService {
  constructor(private readonly jurisdictions: JurisdictionRepository) {}

  /** The materialised path of a jurisdiction ('/zj/hz/xh/sfjd/'), or null when there is no such id. */
  pathOf(jurisdictionId: string): Promise<string | null> {
    return this.jurisdictions.pathOf(jurisdictionId);
  }

  /** Paths of many jurisdictions in one query; unknown ids are absent from the map. */
  pathsOf(jurisdictionIds: string[]): Promise<Map<string, string>> {
    return this.jurisdictions.pathsOf(jurisdictionIds);
  }

  /** The path prefix of the actor's subtree, for `path LIKE prefix || '%'`; null when it has none. */
  subtreeOf(actor: AuthenticatedActor): string | null {
    return actor.role === UserRole.ADMIN ? WHOLE_TREE : actor.scopePath;
  }

  /** Whether a jurisdiction path lies inside the actor's subtree (the scope node itself included). */
  isWithin(actor: AuthenticatedActor, path: string): boolean {
    const subtree = this.subtreeOf(actor);
    return subtree !== null && path.startsWith(subtree);
  }
}
