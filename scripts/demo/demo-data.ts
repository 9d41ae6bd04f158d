import { UserRole } from '@app/persistence';

/** One password for every demo user; printed by `make start` and in the README. Demo data only. */
export const DEMO_PASSWORD = 'chuangjian-demo';
export const DEMO_CAMPAIGN_ID = 'demo-2026-pingan';

export const DEMO_COMMUNITIES = Array.from(
  { length: 20 },
  (_, index) => `c-${String(index + 1).padStart(2, '0')}`,
);

export const DEMO_USERS: { username: string; displayName: string; role: UserRole; scopeId: string | null }[] =
  [
    { username: 'admin', displayName: '系统管理员', role: UserRole.ADMIN, scopeId: null },
    { username: 'organizer', displayName: '示范街道创建办', role: UserRole.ORGANIZER, scopeId: null },
    { username: 'inspector1', displayName: '考核组 张检查员', role: UserRole.INSPECTOR, scopeId: null },
    { username: 'observer', displayName: '包片领导 李主任', role: UserRole.OBSERVER, scopeId: null },
    ...DEMO_COMMUNITIES.slice(0, 3).map((id) => ({
      username: `community-${id}`,
      displayName: `${id} 居委会`,
      role: UserRole.COMMUNITY,
      scopeId: id,
    })),
  ];
