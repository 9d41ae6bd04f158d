import type { UserView } from './user.view';
import type { UserRecord } from '@app/persistence';

export function userViewOf(row: UserRecord): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    scope:
      row.scopeId === null
        ? null
        : { id: row.scopeId, name: row.scopeName ?? row.scopeId, level: row.scopeLevel ?? 'UNKNOWN' },
    status: row.status,
    disabledReason: row.disabledReason,
    email: row.email,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
