import { hashSync } from 'bcryptjs';
import { Client } from 'pg';

export const DEMO_PASSWORD = 'chuangjian-demo';

function baseUrl(): string {
  const url = process.env.BROWSER_BASE_URL;
  if (!url) throw new Error('BROWSER_BASE_URL is not set: run through playwright.config.ts');
  return url;
}

/** A signed-in API client for setting the scene and for asserting what the API reports afterwards. */
export class ApiUser {
  private constructor(
    readonly token: string,
    readonly user: { id: string; role: string; scopeId: string | null },
  ) {}

  static async login(username: string, password = DEMO_PASSWORD): Promise<ApiUser> {
    const response = await fetch(`${baseUrl()}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { accessToken: string; user: ApiUser['user'] };
    return new ApiUser(body.accessToken, body.user);
  }

  async get<T = any>(path: string): Promise<T> {
    const response = await fetch(`${baseUrl()}${path}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async post<T = any>(path: string, body: unknown = {}): Promise<T> {
    const response = await fetch(`${baseUrl()}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.token}`,
        'content-type': 'application/json',
        prefer: 'read-your-writes',
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async upload(path: string, filename: string, content: string): Promise<unknown> {
    const form = new FormData();
    form.append('file', new Blob([content], { type: 'text/csv' }), filename);
    const response = await fetch(`${baseUrl()}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: form,
    });
    if (!response.ok) throw new Error(`upload ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  }
}

/** Users the demo does not have (a new street's organizer, clerks, inspectors), straight into the database. */
export async function createUsers(
  users: { username: string; displayName: string; role: string; scopeId: string }[],
): Promise<void> {
  const client = new Client({ connectionString: process.env.BROWSER_DATABASE_URL });
  await client.connect();
  const hash = hashSync(DEMO_PASSWORD, 4);
  for (const user of users) {
    await client.query(
      `INSERT INTO app_user (username, display_name, password_hash, role, scope_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (username) DO NOTHING`,
      [user.username, user.displayName, hash, user.role, user.scopeId],
    );
  }
  await client.end();
}

/** Full marks for every scored item of the standard that applies to the community's kind. */
export async function fullMarks(
  api: ApiUser,
  code = 'PINGAN',
  version = 1,
  kind = 'URBAN',
): Promise<Record<string, number>> {
  const standard = await api.get<{
    categories: { items: { code: string; maxScore: number; veto: boolean; appliesTo: string }[] }[];
  }>(`/standards/${code}/versions/${version}`);
  return Object.fromEntries(
    standard.categories
      .flatMap((category) => category.items)
      .filter(
        (item) =>
          !(item.veto && item.maxScore === 0) && (item.appliesTo === 'BOTH' || item.appliesTo === kind),
      )
      .map((item) => [item.code, item.maxScore]),
  );
}

/** Drives a case with the API from invited to the given stage (apply, accept, self-check, assign, checks, confirm). */
export async function driveCase(
  campaignId: string,
  communityId: string,
  clerk: ApiUser,
  organizer: ApiUser,
  inspectors: ApiUser[],
  until: 'SELF_CHECK' | 'INSPECTION' | 'ASSIGNED' | 'SCORING' | 'NOTICE',
): Promise<void> {
  const base = `/campaigns/${campaignId}/cases/${communityId}`;
  const scores = await fullMarks(clerk);
  await clerk.post(`${base}/application`, {
    content: { summary: '申报材料', contact: '王主任', phone: '13800000000' },
  });
  await organizer.post(`${base}/review`, { decision: 'ACCEPT' });
  if (until === 'SELF_CHECK') return;
  await clerk.post(`${base}/self-check`, { scores });
  if (until === 'INSPECTION') return;
  await organizer.post(`${base}/inspectors`, { inspectorIds: inspectors.map((i) => i.user.id) });
  if (until === 'ASSIGNED') return;
  for (const inspector of inspectors) await inspector.post(`${base}/checks`, { scores });
  if (until === 'SCORING') return;
  await organizer.post(`${base}/confirm-scores`, {});
}
