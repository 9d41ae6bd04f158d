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
