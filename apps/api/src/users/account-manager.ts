import { AccountManager, DomainError, DomainErrorCode, mayManage } from '@app/domain';
import { UserRecord, UserRole } from '@app/persistence';
import type { AuthenticatedActor } from '../auth/authenticated-actor';

/** The signed-in manager as the account rules see it. */
export function managerOf(actor: AuthenticatedActor): AccountManager {
  return {
    userId: actor.userId,
    role: actor.role,
    scopePath: actor.role === UserRole.ADMIN ? null : actor.scopePath,
  };
}

/** The account if the manager may manage it; 404 otherwise, so accounts outside scope do not leak. */
export function managedOrNotFound(actor: AuthenticatedActor, id: string, row: UserRecord | null): UserRecord {
  if (row === null || !mayManage(managerOf(actor), { role: row.role, scopePath: row.scopePath })) {
    throw new DomainError(DomainErrorCode.NOT_FOUND, `No user ${id}`);
  }
  return row;
}

/** Nobody disables themselves or changes their own role or scope: that is how offices lock themselves out. */
export function refuseOwnAccount(actor: AuthenticatedActor, id: string, what: string): void {
  if (actor.userId === id) {
    throw new DomainError(
      DomainErrorCode.FORBIDDEN,
      `You cannot ${what} your own account; ask another manager`,
    );
  }
}
