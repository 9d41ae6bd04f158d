import { UserRole } from '@app/persistence';
import { seedCaseTree } from './case-tree';
import { createTestApp, TestApp, TestUser } from './test-app';

// The world of the users spec files: tree ux (province ux › streets ux-street-a with communities ux-01 …
// ux-03, and ux-street-b; seeded idempotently, so the files share it), an admin and street a's organizer.
// The bindings below are set by the file's beforeAll (each spec file has its own module instance).

export const GOOD = 'Safe-pass-2026';
export let t: TestApp;
export let admin: TestUser;
export let organizer: TestUser;

/** Starts the app and seeds the world before the file's tests; `fileTag` goes into its usernames. */
export function useUsersWorld(fileTag: string): void {
  tag = fileTag;
  beforeAll(async () => {
    t = await createTestApp();
    await seedCaseTree(t.harness.dataSource, 'ux');
    admin = await t.user(UserRole.ADMIN);
    organizer = await t.user(UserRole.ORGANIZER, 'ux-street-a');
  });
  afterAll(async () => {
    await t.close();
  });
}

let serial = 0;
let tag = '';
/** A fresh username (the file's tag keeps two files' names apart when they run at the same moment). */
export const username = (stem: string) => `${stem}-${tag}${Date.now().toString(36)}-${(serial += 1)}`;
export const login = (name: string, password: string) =>
  t.http().post('/auth/login').send({ username: name, password });
export const create = (as: TestUser, body: Record<string, unknown>) => t.as(as).post('/users', body);
export async function clerk(scopeId = 'ux-01'): Promise<{ id: string; username: string; token: string }> {
  const name = username('clerk');
  const created = await create(organizer, {
    username: name,
    displayName: '一社区居委会',
    role: 'COMMUNITY',
    scopeId,
    password: GOOD,
  }).expect(201);
  const token = (await login(name, GOOD).expect(200)).body.accessToken as string;
  return { id: created.body.user.id, username: name, token };
}
export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
export const auditActions = async (actorName: string, since: number) =>
  (
    await t.harness.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE campaign_id = '_system' AND actor_name = $1 AND chain_index > $2
        ORDER BY chain_index`,
      [actorName, since],
    )
  ).map((row) => row.action);
export const chainHead = async () =>
  Number(
    (
      await t.harness.dataSource.query<{ head: string }[]>(
        `SELECT coalesce(max(chain_index), 0) AS head FROM audit_event WHERE campaign_id = '_system'`,
      )
    )[0].head,
  );
