import type { Problem } from '../errors/domain-error';
import type { JurisdictionLevel } from '../jurisdiction/jurisdiction';
import { ACCOUNT_ROLES, AccountRole, isAccountRole, SCOPE_LEVELS } from './account-roles';
import { passwordProblems, PasswordPolicy } from './password-policy';

/** Who manages accounts: an ADMIN (everyone) or an ORGANIZER (the users inside its subtree). */
export interface AccountManager {
  userId: string;
  role: string;
  /** The manager's scope path ('/dh/lj/cn/sfjd/'); null for an ADMIN. */
  scopePath: string | null;
}

/** An account as the rules need it: its role and where its scope sits (null: no scope). */
export interface ManagedAccount {
  role: string;
  scopePath: string | null;
}

/** A jurisdiction as the scope of an account. */
export interface ScopeNode {
  id: string;
  level: JurisdictionLevel;
  path: string;
}

/** Letters, digits and . _ @ - ; 2 to 64 characters, starting with a letter or digit. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_NAME = 100;

/** Whether a manager may see and change an account: ADMIN any; ORGANIZER a non-ADMIN inside its subtree. */
export function mayManage(manager: AccountManager, account: ManagedAccount): boolean {
  if (manager.role === 'ADMIN') return true;
  if (manager.role !== 'ORGANIZER' || manager.scopePath === null) return false;
  if (account.role === 'ADMIN' || account.scopePath === null) return false;
  return account.scopePath.startsWith(manager.scopePath);
}

/**
 * Problems with giving an account this role and scope, as `role` and `scopeId` fields: the role is one
 * of ACCOUNT_ROLES and only an ADMIN grants ADMIN; the scope exists, lies inside the manager's subtree
 * (unknown and outside read the same) and has a level the role may have (SCOPE_LEVELS).
 */
export function grantProblems(
  manager: AccountManager,
  role: string,
  scopeId: string | null,
  scope: ScopeNode | undefined,
): Problem[] {
  if (!isAccountRole(role)) {
    return [{ field: 'role', message: `expected one of ${ACCOUNT_ROLES.join(', ')}` }];
  }
  const problems: Problem[] = [];
  if (role === 'ADMIN' && manager.role !== 'ADMIN') {
    problems.push({ field: 'role', message: 'only an administrator may grant ADMIN' });
  }
  const levels = SCOPE_LEVELS[role];
  if (levels === null) {
    if (scopeId !== null)
      problems.push({ field: 'scopeId', message: 'an ADMIN has no scope; leave it empty' });
    return problems;
  }
  if (scopeId === null) {
    problems.push({ field: 'scopeId', message: `a ${role} needs a scope: ${describe(role)}` });
  } else if (scope === undefined || !mayManage(manager, { role, scopePath: scope.path })) {
    const message = `expected a jurisdiction within your scope; ${scopeId} is unknown or outside it`;
    problems.push({ field: 'scopeId', message });
  } else if (!levels.includes(scope.level)) {
    const message = `a ${role} is placed at ${describe(role)}; ${scopeId} is a ${scope.level}`;
    problems.push({ field: 'scopeId', message });
  }
  return problems;
}

function describe(role: AccountRole): string {
  return (SCOPE_LEVELS[role] ?? []).join(' or ');
}

/** A new account as an administrator enters it (password null: one is generated). */
export interface AccountDraft {
  username: string;
  displayName: string;
  role: string;
  scopeId: string | null;
  password: string | null;
  email: string | null;
}

/** What the database said about a draft's references, looked up before validating. */
export interface AccountDraftContext {
  manager: AccountManager;
  /** The draft's scope node, when it exists. */
  scope: ScopeNode | undefined;
  usernameTaken: boolean;
  passwordPolicy: PasswordPolicy;
}

/** Every problem with a new account, each on its field (username, displayName, role, scopeId, password, email). */
export function accountDraftProblems(draft: AccountDraft, context: AccountDraftContext): Problem[] {
  const problems: Problem[] = [];
  if (!USERNAME_PATTERN.test(draft.username)) {
    problems.push({
      field: 'username',
      message: 'expected 2 to 64 letters, digits or . _ @ -, starting with a letter or digit',
    });
  } else if (context.usernameTaken) {
    problems.push({ field: 'username', message: `${draft.username} is already taken` });
  }
  problems.push(...displayNameProblems(draft.displayName));
  problems.push(...grantProblems(context.manager, draft.role, draft.scopeId, context.scope));
  if (draft.password !== null) {
    problems.push(...passwordProblems(draft.password, draft.username, context.passwordPolicy));
  }
  problems.push(...emailProblems(draft.email));
  return problems;
}

export function displayNameProblems(displayName: string, field = 'displayName'): Problem[] {
  const trimmed = displayName.trim();
  if (trimmed === '')
    return [{ field, message: 'expected the name people know the account by, e.g. 示范街道创建办' }];
  if (trimmed.length > MAX_NAME) return [{ field, message: `at most ${MAX_NAME} characters` }];
  return [];
}

export function emailProblems(email: string | null, field = 'email'): Problem[] {
  if (email === null || EMAIL_PATTERN.test(email)) return [];
  return [{ field, message: 'expected an e-mail address like name@example.gov.cn, or none' }];
}
