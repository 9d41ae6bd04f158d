/** The console's menu per role (领导/组织方/检查员/社区): each role sees only what it may do. */
export interface NavItem {
  path: string;
  label: string;
}

const TODO: NavItem = { path: '/todo', label: '待办' };
const NOTIFICATIONS: NavItem = { path: '/notifications', label: '通知' };
/** The office's data and people (ADMIN everywhere, an ORGANIZER within its jurisdiction, as the API enforces). */
const OFFICE: NavItem[] = [
  { path: '/standards', label: '创建标准' },
  { path: '/titles', label: '称号台账' },
  { path: '/imports', label: '数据导入' },
  { path: '/users', label: '账号管理' },
  { path: '/webhooks', label: '推送订阅' },
];

const BY_ROLE: Record<string, NavItem[]> = {
  ADMIN: [
    TODO,
    { path: '/campaigns', label: '创建活动' },
    { path: '/campaigns/new', label: '发起创建' },
    ...OFFICE,
    NOTIFICATIONS,
  ],
  ORGANIZER: [
    TODO,
    { path: '/campaigns', label: '创建活动' },
    { path: '/campaigns/new', label: '发起创建' },
    ...OFFICE,
    NOTIFICATIONS,
  ],
  OBSERVER: [{ path: '/campaigns', label: '数据看板' }, NOTIFICATIONS],
  INSPECTOR: [{ path: '/inspections', label: '我的检查任务' }, TODO, NOTIFICATIONS],
  COMMUNITY: [{ path: '/my', label: '我的创建' }, TODO, NOTIFICATIONS],
};

/**
 * Who may open each page of the console, by its route (the router's paths, relative to /console): the one
 * home of that rule. The router shows 无权访问 to any other role (PageAccess), the menus above offer only
 * what this allows (navigation.spec holds them together), and pages hide links to what the reader may not
 * open. It mirrors, and never widens, what the API lets each role read.
 */
export const PAGE_ROLES = {
  todo: ['ADMIN', 'ORGANIZER', 'INSPECTOR', 'COMMUNITY'],
  notifications: ['ADMIN', 'ORGANIZER', 'OBSERVER', 'INSPECTOR', 'COMMUNITY'],
  campaigns: ['ADMIN', 'ORGANIZER', 'OBSERVER'],
  'campaigns/new': ['ADMIN', 'ORGANIZER'],
  'campaigns/:campaignId': ['ADMIN', 'ORGANIZER', 'OBSERVER'],
  'campaigns/:campaignId/cases': ['ADMIN', 'ORGANIZER'],
  'campaigns/:campaignId/cases/:communityId': ['ADMIN', 'ORGANIZER', 'OBSERVER'],
  'campaigns/:campaignId/dashboard': ['ADMIN', 'ORGANIZER', 'OBSERVER'],
  'campaigns/:campaignId/batches/:batchId': ['ADMIN', 'ORGANIZER'],
  'campaigns/:campaignId/assignment': ['ADMIN', 'ORGANIZER'],
  inspections: ['INSPECTOR'],
  'inspections/:campaignId/:communityId': ['INSPECTOR'],
  my: ['COMMUNITY'],
  'my/:campaignId': ['COMMUNITY'],
  standards: ['ADMIN', 'ORGANIZER'],
  'standards/new': ['ADMIN', 'ORGANIZER'],
  'standards/:code/versions/:version': ['ADMIN', 'ORGANIZER'],
  imports: ['ADMIN', 'ORGANIZER'],
  titles: ['ADMIN', 'ORGANIZER'],
  users: ['ADMIN', 'ORGANIZER'],
  webhooks: ['ADMIN', 'ORGANIZER'],
} as const satisfies Record<string, readonly string[]>;

/** A page of the console, by its route pattern. */
export type PageRoute = keyof typeof PAGE_ROLES;

/** Whether a role may open the page at this route pattern (PAGE_ROLES). */
export function mayOpen(role: string, route: PageRoute): boolean {
  return (PAGE_ROLES[route] as readonly string[]).includes(role);
}

/** The route pattern a concrete path (no /console, no query) belongs to, or undefined for no page. */
export function routeOf(pathname: string): PageRoute | undefined {
  const parts = pathname.split('/').filter((part) => part !== '');
  return (Object.keys(PAGE_ROLES) as PageRoute[]).find((route) => {
    const pattern = route.split('/');
    return (
      pattern.length === parts.length &&
      pattern.every((part, i) => part.startsWith(':') || part === parts[i]) &&
      // 'campaigns/new' is its own page, not a campaign called "new".
      !(pattern[1] === ':campaignId' && parts[0] === 'campaigns' && parts[1] === 'new')
    );
  });
}

export function navigationFor(role: string): NavItem[] {
  return BY_ROLE[role] ?? [NOTIFICATIONS];
}

/** Where a role lands after sign-in: its first menu entry (an observer lands on the dashboards). */
export function homeFor(role: string): string {
  return navigationFor(role)[0].path;
}

/** What a role calls itself in the header. */
export const ROLE_LABELS: Record<string, string> = {
  ADMIN: '系统管理员',
  ORGANIZER: '组织方',
  OBSERVER: '观察（领导）',
  INSPECTOR: '检查员',
  COMMUNITY: '社区',
};

/** The menu entry a path belongs to (the longest matching prefix), for highlighting. */
export function selectedNav(role: string, pathname: string): string | undefined {
  return navigationFor(role)
    .map((item) => item.path)
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
}
