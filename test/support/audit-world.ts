import { randomUUID } from 'node:crypto';
import { AuditLinkFields, CaseProjectionRepository, UserRole } from '@app/persistence';
import { AuditService } from '../../apps/api/src/audit/audit.service';
import { AuthenticatedActor } from '../../apps/api/src/auth/authenticated-actor';
import { CaseProjectionActivities } from '../../apps/worker/src/activities/case-projection.activities';
import { seedCampaignRow } from './campaign-row';
import { seedCaseTree } from './case-tree';
import { createTestApp, TestApp, TestUser } from './test-app';

// The world of the audit spec files: the au- case tree (seeded idempotently, so the files share it), an
// account of every kind in and out of street a, the API's AuditService and the worker's projection
// activities. Each file makes campaigns of its own. The bindings below are set by the file's beforeAll
// (each spec file has its own module instance).

export interface EventView extends Omit<AuditLinkFields, 'actorId' | 'actorRole' | 'actorName'> {
  id: number;
  hash: string;
  actor: { userId: string; role: string; displayName: string };
}

export const HEX64 = /^[0-9a-f]{64}$/;
/** The chain's end holds (its last link is its signed head); audit-head.e2e-spec.ts tests how it fails. */
export const HEAD_OK = expect.objectContaining({ ok: true, problems: [] }) as unknown;
export const newCampaignId = () => `audit-${randomUUID().slice(0, 8)}`;

/** The hashed fields of a link as the API returns it, to recompute its hash here. */
export function fieldsOf({ actor, id: _id, hash: _hash, ...rest }: EventView): AuditLinkFields {
  return { ...rest, actorId: actor.userId, actorRole: actor.role, actorName: actor.displayName };
}

export let t: TestApp;
export let organizer: TestUser;
export let observer: TestUser;
export let admin: TestUser;
export let clerk: TestUser;
export let otherClerk: TestUser;
export let inspector: TestUser;
export let otherOrganizer: TestUser;
export let otherObserver: TestUser;
export let audit: AuditService;
export let activities: CaseProjectionActivities;

/** Starts the app and seeds the tree and the accounts before the file's tests; closes the app after them. */
export function useAuditWorld(): void {
  beforeAll(async () => {
    t = await createTestApp();
    await seedCaseTree(t.harness.dataSource, 'au');
    [organizer, observer, admin, clerk, otherClerk, inspector, otherOrganizer, otherObserver] =
      await Promise.all([
        t.user(UserRole.ORGANIZER, 'au-street-a'),
        t.user(UserRole.OBSERVER, 'au-street-a'),
        t.user(UserRole.ADMIN),
        t.user(UserRole.COMMUNITY, 'au-01'),
        t.user(UserRole.COMMUNITY, 'au-02'),
        t.user(UserRole.INSPECTOR, 'au-street-b'),
        t.user(UserRole.ORGANIZER, 'au-street-b'),
        t.user(UserRole.OBSERVER, 'au-street-b'),
      ]);
    audit = t.app.get(AuditService);
    activities = new CaseProjectionActivities(new CaseProjectionRepository(t.harness.dataSource));
  });
  afterAll(async () => {
    await t.close();
  });
}

export const as = (user: TestUser) => t.as(user);
export const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
  t.harness.dataSource.query(text, params);

export async function actorOf(user: TestUser): Promise<AuthenticatedActor> {
  const [row] = (await sql('SELECT id, display_name FROM app_user WHERE username = $1', [user.username])) as {
    id: string;
    display_name: string;
  }[];
  return {
    userId: row.id,
    role: user.role,
    displayName: row.display_name,
    scopeId: user.scopeId,
    scopePath: null,
  };
}

/** A fresh launched campaign of street a (the trail checks the campaign and the caller's level on it). */
export async function newCampaign(): Promise<string> {
  const campaignId = newCampaignId();
  await seedCampaignRow(t.harness.dataSource, campaignId, 'au-street-a');
  return campaignId;
}

/** Records `count` API-side acts in a fresh campaign; returns the campaign id. */
export async function campaignWithActs(count: number): Promise<string> {
  const campaignId = await newCampaign();
  const actor = await actorOf(organizer);
  for (let i = 1; i <= count; i++) {
    await audit.record(actor, { action: `ACT_${i}`, campaignId, payload: { step: i } });
  }
  return campaignId;
}

export async function trail(campaignId: string, query = ''): Promise<EventView[]> {
  const response = await as(organizer).get(`/campaigns/${campaignId}/audit${query}`).expect(200);
  return (response.body as { items: EventView[] }).items;
}
