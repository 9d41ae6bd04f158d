import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { CaseWorkflowClient } from '../../apps/api/src/cases/case-workflow.client';
import { seedCampaignRow } from './campaign-row';
import { seedCaseTree, treeCaseInput } from './case-tree';
import { createTestApp, TestApp, TestUser } from './test-app';

// The world of the cases spec files: the cx case tree (seeded idempotently, so files share it), the
// accounts in and out of street a, and a fresh campaign of street a per group (openCases). The bindings
// below are set by the file's beforeAll (each spec file has its own module instance).

export const FULL_MARKS = { 'A-01': 10, 'A-02': 5, 'B-01': 10 };

export let t: TestApp;
export let organizer: TestUser;
export let otherOrganizer: TestUser;
export let clerk: TestUser;
export let otherClerk: TestUser;
export let inspector: TestUser;
export let sameStreetInspector: TestUser;
export let observer: TestUser;
/** The campaign of the last openCases. */
export let campaignId: string;

/** Starts the app and seeds the world before the file's tests; closes the app after them. */
export function useCasesWorld(): void {
  beforeAll(async () => {
    t = await createTestApp();
    await seedCaseTree(t.harness.dataSource);
    [organizer, otherOrganizer, clerk, otherClerk, inspector, sameStreetInspector, observer] =
      await Promise.all([
        t.user(UserRole.ORGANIZER, 'cx-street-a'),
        t.user(UserRole.ORGANIZER, 'cx-street-b'),
        t.user(UserRole.COMMUNITY, 'cx-01'),
        t.user(UserRole.COMMUNITY, 'cx-02'),
        t.user(UserRole.INSPECTOR, 'cx-street-b'),
        t.user(UserRole.INSPECTOR, 'cx-street-a'),
        t.user(UserRole.OBSERVER, 'cx-street-a'),
      ]);
  });
  afterAll(async () => {
    await t.close();
  });
}

export const as = (user: TestUser) => t.as(user);
export const cases = () => `/campaigns/${campaignId}/cases`;
export const userId = async (user: TestUser): Promise<string> => {
  const rows = await t.harness.dataSource.query<{ id: string }[]>(
    'SELECT id FROM app_user WHERE username = $1',
    [user.username],
  );
  return rows[0].id;
};

export async function openCases(...communities: string[]): Promise<void> {
  campaignId = `e2e-${randomUUID().slice(0, 8)}`;
  await seedCampaignRow(t.harness.dataSource, campaignId, 'cx-street-a');
  const caseWorkflow = t.app.get(CaseWorkflowClient);
  for (const communityId of communities) await caseWorkflow.start(treeCaseInput(campaignId, communityId));
}
