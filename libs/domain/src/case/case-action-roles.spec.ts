import { accountRolesFor } from './case-action-roles';
import { CaseAction, ROLES_FOR_ACTION } from './case-actions';

describe(accountRolesFor.name, () => {
  it('should give a route the account roles of its action, in the table order', () => {
    expect(accountRolesFor([CaseAction.SUBMIT_CHECK])).toEqual(['INSPECTOR']);
    expect(accountRolesFor([CaseAction.WITHDRAW])).toEqual(['ORGANIZER', 'ADMIN']);
  });

  it('should let every account in (no role check) when the public may act too', () => {
    expect(ROLES_FOR_ACTION[CaseAction.RAISE_OBJECTION]).toContain('PUBLIC');
    expect(accountRolesFor([CaseAction.RAISE_OBJECTION])).toBeNull();
  });

  it('should serve actions sharing a route when they agree on who may take them', () => {
    expect(accountRolesFor([CaseAction.ACCEPT_APPLICATION, CaseAction.RETURN_APPLICATION])).toEqual([
      'ORGANIZER',
      'ADMIN',
    ]);
  });

  it('should refuse actions that disagree on who may take them, and a route with none', () => {
    expect(() => accountRolesFor([CaseAction.SUBMIT_CHECK, CaseAction.CHASE])).toThrow(
      'SUBMIT_CHECK, CHASE differ in ROLES_FOR_ACTION and cannot share a route',
    );
    expect(() => accountRolesFor([])).toThrow('at least one action');
  });
});
