import { applyDecorators } from '@nestjs/common';
import { accountRolesFor, CaseAction, UserRole } from '@app/domain';
import { Roles } from '../auth/roles.decorator';

/**
 * The roles that may call a case action's route, read from the domain's `ROLES_FOR_ACTION` (one home for
 * who may act): `@CaseActionRoles(CaseAction.SUBMIT_CHECK)`. No role check when every account may.
 */
export function CaseActionRoles(...actions: CaseAction[]): MethodDecorator & ClassDecorator {
  const roles = accountRolesFor(actions);
  return roles === null ? applyDecorators() : Roles(...(roles as readonly UserRole[]));
}
