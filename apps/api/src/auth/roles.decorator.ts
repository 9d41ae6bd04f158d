import { SetMetadata } from '@nestjs/common';
import type { UserRole } from '@app/domain';

export const ROLES = Symbol('roles');

/** Only these roles may call the route; others get a 403 naming the roles that may. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES, roles);
