import { hash } from 'bcryptjs';
import { DataSource } from 'typeorm';
import { DEFAULT_TIME_ZONE } from '@app/domain';
import type { Actor } from '@app/domain';
import { demoCampaign } from '../../scripts/demo/demo-data';
import { DEMO_STANDARD } from '../../scripts/demo/demo-standard';
import { ApiClient } from '../support/api-client';

export const COMMUNITIES = 100_000;
const PER_STREET = 100;
const STREETS_PER_DISTRICT = 100;
export const CAMPAIGN_ID = 'bench-2026-pingan';
export const PROVINCE = 'bp';
export const PASSWORD = 'bench-password-1';

/** Street n (1-based) of the tree: 'bp-s0001' … 'bp-s1000'. */
export function streetId(n: number): string {
  return `bp-s${String(n).padStart(4, '0')}`;
}

/** Who acts in the bench, logged in through the API. */
export interface BenchUsers {
  organizerToken: string;
  inspectorTokens: string[];
  inspectorIds: string[];
  /** The inspectors as the workflow knows them (the actor of a check sent straight to Temporal). */
  inspectorActors: Actor[];
  /** Community id → its clerk's token, for the cases driven to inspection. */
  clerkTokens: Map<string, string>;
}

/**
 * 1 province › 1 city › 10 districts › 1,000 streets › 100,000 eligible communities (every fifth rural),
 * plus one ineligible community in every other street; all in set-based statements.
 */
export async function seedTree(db: DataSource): Promise<void> {
  const streets = COMMUNITIES / PER_STREET;
  const districts = streets / STREETS_PER_DISTRICT;
  await db.query(`INSERT INTO jurisdiction (id, parent_id, level, name, path) VALUES
    ('bp', NULL, 'PROVINCE', '基准省', '/bp/'), ('bp-city', 'bp', 'CITY', '基准市', '/bp/bp-city/')`);
  await db.query(
    `INSERT INTO jurisdiction (id, parent_id, level, name, path)
     SELECT 'bp-d' || lpad(d::text, 2, '0'), 'bp-city', 'DISTRICT', '区' || d, '/bp/bp-city/bp-d' || lpad(d::text, 2, '0') || '/'
       FROM generate_series(1, $1) d`,
    [districts],
  );
  await db.query(
    `INSERT INTO jurisdiction (id, parent_id, level, name, path)
     SELECT 'bp-s' || lpad(s::text, 4, '0'), d.id, 'STREET', '街道' || s, d.path || 'bp-s' || lpad(s::text, 4, '0') || '/'
       FROM generate_series(1, $1) s
       JOIN jurisdiction d ON d.id = 'bp-d' || lpad(((s - 1) / $2 + 1)::text, 2, '0')`,
    [streets, STREETS_PER_DISTRICT],
  );
  await db.query(
    `INSERT INTO jurisdiction (id, parent_id, level, name, kind, path)
     SELECT 'bp-' || lpad(c::text, 6, '0'), s.id, 'COMMUNITY', '社区' || c,
            CASE WHEN c % 5 = 0 THEN 'RURAL' ELSE 'URBAN' END, s.path || 'bp-' || lpad(c::text, 6, '0') || '/'
       FROM generate_series(1, $1) c
       JOIN jurisdiction s ON s.id = 'bp-s' || lpad(((c - 1) / $2 + 1)::text, 4, '0')`,
    [COMMUNITIES, PER_STREET],
  );
  await db.query(
    `INSERT INTO jurisdiction (id, parent_id, level, name, kind, eligible, ineligible_reason, path)
     SELECT id || '-x', id, 'COMMUNITY', name || '筹建社区', 'URBAN', false, '组织尚未建立', path || id || '-x/'
       FROM jurisdiction WHERE level = 'STREET' AND path LIKE '/bp/%' AND right(id, 1) IN ('0', '2', '4', '6', '8')`,
  );
  // Titles held from earlier years (8%), so progress has cumulative figures to count.
  await db.query(
    `INSERT INTO community_title (community_id, community_path, title_kind, year, certificate_number, valid_until, source)
     SELECT id, path, $1, 2024, 'PA-2024-' || id, '2027-12-31', 'IMPORT'
       FROM jurisdiction WHERE level = 'COMMUNITY' AND eligible AND abs(hashtext(id)) % 100 < 8`,
    [DEMO_STANDARD.titleKind],
  );
  await db.query('ANALYZE jurisdiction; ANALYZE community_title');
}

/** The organizer of the province, two inspectors of street 1, and a clerk for each given community. */
export async function seedUsers(
  db: DataSource,
  api: ApiClient,
  clerkCommunities: string[],
): Promise<BenchUsers> {
  const passwordHash = await hash(PASSWORD, 4);
  const people: [string, string, string][] = [
    ['bench-organizer', 'ORGANIZER', PROVINCE],
    ['bench-inspector-1', 'INSPECTOR', streetId(1)],
    ['bench-inspector-2', 'INSPECTOR', streetId(1)],
    ...clerkCommunities.map((id): [string, string, string] => [`bench-clerk-${id}`, 'COMMUNITY', id]),
  ];
  await db.query(
    `INSERT INTO app_user (username, display_name, password_hash, role, scope_id)
     SELECT u, '用户 ' || u, $1, r, s FROM unnest($2::text[], $3::text[], $4::text[]) AS t(u, r, s)`,
    [passwordHash, people.map((p) => p[0]), people.map((p) => p[1]), people.map((p) => p[2])],
  );
  const login = (username: string) => api.login(username, PASSWORD);
  const inspectors = ['bench-inspector-1', 'bench-inspector-2'];
  const rows: { id: string; display_name: string }[] = await db.query(
    'SELECT id, display_name FROM app_user WHERE username = ANY($1) ORDER BY username',
    [inspectors],
  );
  const clerkTokens = new Map<string, string>();
  for (const id of clerkCommunities) clerkTokens.set(id, await login(`bench-clerk-${id}`));
  return {
    organizerToken: await login('bench-organizer'),
    inspectorTokens: await Promise.all(inspectors.map(login)),
    inspectorIds: rows.map((row) => row.id),
    inspectorActors: rows.map((row) => ({
      userId: row.id,
      role: 'INSPECTOR',
      displayName: row.display_name,
    })),
    clerkTokens,
  };
}

/**
 * The 平安社区 standard of the demo and a campaign over the whole province, through the API (DRAFT);
 * `standardExists` when the app was started with the demo, which has that standard already.
 */
export async function createCampaign(
  api: ApiClient,
  organizerToken: string,
  { standardExists = false }: { standardExists?: boolean } = {},
): Promise<void> {
  if (!standardExists) await api.post('/standards', organizerToken, DEMO_STANDARD);
  await api.post('/campaigns', organizerToken, {
    ...demoCampaign(Date.now(), DEFAULT_TIME_ZONE),
    id: CAMPAIGN_ID,
    title: '2026年度基准省平安社区创建（基准测试）',
    organizerJurisdictionId: PROVINCE,
    scopeJurisdictionId: PROVINCE,
  });
}

/** Urban communities of a street, in id order: the cases the inspection figure drives. */
export async function urbanCommunitiesOf(
  db: DataSource,
  streets: string[],
  count: number,
): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM jurisdiction WHERE parent_id = ANY($1) AND kind = 'URBAN' AND eligible ORDER BY id LIMIT $2`,
    [streets, count],
  );
  return rows.map((row) => row.id);
}
