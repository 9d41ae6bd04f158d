import type { JurisdictionLevel } from '../jurisdiction/jurisdiction';

/** The roles of a person who logs in (domain.md, People), as stored on the account (app_user.role). */
export enum UserRole {
  ADMIN = 'ADMIN',
  ORGANIZER = 'ORGANIZER',
  COMMUNITY = 'COMMUNITY',
  INSPECTOR = 'INSPECTOR',
  OBSERVER = 'OBSERVER',
}

/** A role as plain text (what tokens, rows and spreadsheets carry). */
export type AccountRole = `${UserRole}`;

export const ACCOUNT_ROLES: readonly AccountRole[] = Object.values(UserRole);

export function isAccountRole(value: string): value is AccountRole {
  return (ACCOUNT_ROLES as readonly string[]).includes(value);
}

/**
 * Where each role is placed in the jurisdiction tree (its scope), or null for none:
 * - ADMIN: nowhere (it sees everything);
 * - ORGANIZER: an office — street, district, city or province (a campaign is organised by one);
 * - OBSERVER: any node, a community included (包片领导 may be responsible for one);
 * - COMMUNITY: its own community (居委会/村委会);
 * - INSPECTOR: its street, or its community (the 回避 rule compares the street of either; see
 *   InspectorDirectory) — an inspector placed higher could not be checked for conflicts.
 */
export const SCOPE_LEVELS: Record<AccountRole, readonly JurisdictionLevel[] | null> = {
  ADMIN: null,
  ORGANIZER: ['PROVINCE', 'CITY', 'DISTRICT', 'STREET'],
  OBSERVER: ['PROVINCE', 'CITY', 'DISTRICT', 'STREET', 'COMMUNITY'],
  COMMUNITY: ['COMMUNITY'],
  INSPECTOR: ['STREET', 'COMMUNITY'],
};

/** Role names a clerk may type in a spreadsheet besides the code itself (the domain's Chinese words). */
export const ROLE_WORDS: Record<string, AccountRole> = {
  管理员: 'ADMIN',
  系统管理员: 'ADMIN',
  组织方: 'ORGANIZER',
  社区: 'COMMUNITY',
  村: 'COMMUNITY',
  检查员: 'INSPECTOR',
  观察: 'OBSERVER',
  观察员: 'OBSERVER',
};
