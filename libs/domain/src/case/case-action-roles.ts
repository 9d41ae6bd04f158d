import { ACCOUNT_ROLES, AccountRole } from '../accounts/account-roles';
import { CaseAction, ROLES_FOR_ACTION } from './case-actions';

/**
 * The account roles a route taking these actions lets in, from `ROLES_FOR_ACTION` in the table's order;
 * null when every account may (the route then checks no role). Actions sharing a route (a review accepts
 * or returns) must agree, or the route could not say who may call it: that is a programming error, thrown
 * when the route is declared.
 */
export function accountRolesFor(actions: readonly CaseAction[]): readonly AccountRole[] | null {
  const [first, ...others] = actions.map((action) =>
    ROLES_FOR_ACTION[action].filter((role): role is AccountRole => role !== 'PUBLIC'),
  );
  if (first === undefined) throw new Error('a case route takes at least one action');
  if (others.some((roles) => roles.join() !== first.join()))
    throw new Error(`${actions.join(', ')} differ in ROLES_FOR_ACTION and cannot share a route`);
  return ACCOUNT_ROLES.every((role) => first.includes(role)) ? null : first;
}
