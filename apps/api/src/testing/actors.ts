import { UserRole } from '@app/persistence';
import type { AuthenticatedActor } from '../auth/authenticated-actor';

/** An organizer of the street /d-1/s-10/ (its subtree is what it sees). */
export const STREET_ORGANIZER: AuthenticatedActor = {
  userId: 'u-organizer',
  role: UserRole.ORGANIZER,
  displayName: '街道组织者',
  scopeId: 's-10',
  scopePath: '/d-1/s-10/',
};

/** An organizer not yet placed in the jurisdiction tree: sees nothing. */
export const UNPLACED_ORGANIZER: AuthenticatedActor = { ...STREET_ORGANIZER, scopeId: null, scopePath: null };
