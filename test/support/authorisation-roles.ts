import { UserRole } from '@app/persistence';

// The authorisation table's callers, scopes and expected outcomes. Every endpoint × every kind of caller ×
// every kind of target: in scope, out of scope (another street's caller, another community's clerk, an
// unassigned inspector), unknown id.
//
// Outcomes: a role the endpoint does not admit gets 403; an admitted role gets 404 for an unknown id and
// for anything outside its scope (existence is not leaked); otherwise the call gets through the
// authorisation (it may still be refused for the stage, the body or the rules: 400/409/422, never 5xx).

export type Who =
  | 'admin'
  | 'organizer'
  | 'observer'
  | 'clerk'
  | 'otherClerk'
  | 'inspector'
  | 'otherOrganizer'
  | 'otherObserver';
export type Level = 'PUBLIC' | 'PART' | 'READ' | 'MANAGE';

export const ROLE_OF: Record<Who, UserRole> = {
  admin: UserRole.ADMIN,
  organizer: UserRole.ORGANIZER,
  observer: UserRole.OBSERVER,
  clerk: UserRole.COMMUNITY,
  otherClerk: UserRole.COMMUNITY,
  inspector: UserRole.INSPECTOR,
  otherOrganizer: UserRole.ORGANIZER,
  otherObserver: UserRole.OBSERVER,
};
// Street a (organizer, observer; clerk of ma-01, otherClerk of ma-02) runs the campaign over its street;
// street b's organizer and observer are outside it; the inspector (street b) is assigned to no case.
export const SCOPE_OF: Record<Who, string | null> = {
  admin: null,
  organizer: 'ma-street-a',
  observer: 'ma-street-a',
  clerk: 'ma-01',
  otherClerk: 'ma-02',
  inspector: 'ma-street-b',
  otherOrganizer: 'ma-street-b',
  otherObserver: 'ma-street-b',
};
export const WHO = Object.keys(ROLE_OF) as Who[];
export const ALL_ROLES = Object.values(UserRole);
export const ORGANIZERS = [UserRole.ORGANIZER, UserRole.ADMIN];
export const READERS = [UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN];

/** The level each caller has on the campaign (campaignAccessLevel, written out for this fixture). */
export const LEVEL: Record<Who, Level | null> = {
  admin: 'MANAGE',
  organizer: 'MANAGE',
  observer: 'READ',
  clerk: 'PART',
  otherClerk: 'PART',
  inspector: 'PART',
  otherOrganizer: null,
  otherObserver: null,
};
export const RANK: Level[] = ['PUBLIC', 'PART', 'READ', 'MANAGE'];
/** Who may see case ma-01 itself. */
export const SEES_CASE: Who[] = ['admin', 'organizer', 'observer', 'clerk'];

/** What an endpoint is about, and so what "in scope", "out of scope" and "unknown" mean for it. */
export type Scope =
  | { kind: 'public' }
  | { kind: 'none' }
  | { kind: 'campaign'; level: Level }
  | { kind: 'case' }
  | { kind: 'resource'; param: string; visibleTo: Who[] };

export interface Entry {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  roles: UserRole[];
  scope: Scope;
  body?: object;
  /** Answers that still mean "through" here: a login with a wrong password, an objection off the notice. */
  alsoThrough?: number[];
}

export const campaign = (level: Level): Scope => ({ kind: 'campaign', level });
export const CASE: Scope = { kind: 'case' };
export const NONE: Scope = { kind: 'none' };
export const STREET_A_MANAGERS: Who[] = ['admin', 'organizer'];

export type Target = 'in scope' | 'unknown campaign' | 'unknown case' | 'unknown id' | 'in scope or out';
export type Expected = 403 | 404 | 'through';

export function expected(entry: Entry, who: Who, target: Target): Expected {
  if (!entry.roles.includes(ROLE_OF[who])) return 403;
  const { scope } = entry;
  if (target.startsWith('unknown')) return 404;
  switch (scope.kind) {
    case 'public':
    case 'none':
      return 'through';
    case 'campaign': {
      const level = LEVEL[who];
      return level !== null && RANK.indexOf(level) >= RANK.indexOf(scope.level) ? 'through' : 404;
    }
    case 'case':
      return SEES_CASE.includes(who) ? 'through' : 404;
    case 'resource':
      return scope.visibleTo.includes(who) ? 'through' : 404;
  }
}

export function targetsOf(entry: Entry): Target[] {
  switch (entry.scope.kind) {
    case 'public':
      return entry.path.includes('{campaignId}') ? ['in scope', 'unknown campaign'] : ['in scope'];
    case 'none':
      return ['in scope'];
    case 'campaign':
      return ['in scope', 'unknown campaign'];
    case 'case':
      return ['in scope', 'unknown campaign', 'unknown case'];
    case 'resource':
      return ['in scope', 'unknown id'];
  }
}
