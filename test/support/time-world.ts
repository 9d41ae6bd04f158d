import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { localDateOf } from '@app/domain';
import { UserRole } from '@app/persistence';
import { caseWorkflowId } from '@app/workflows/community-case/community-case.contract';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { campaignBody } from './campaign-body';
import { createTestApp, TestApp, TestUser } from './test-app';

// The world of the time spec files (issue 10): street tz-street with communities tz-c1 and tz-c2 (the files
// share the tree, so it is inserted only where missing), its organizer, tz-c1's clerk, an admin and a
// standard. The bindings below are set by the file's beforeAll (each spec file has its own module instance).

export const FORMS =
  'Expected a date, 2027-01-15 (the end of that day in Asia/Shanghai); a date and time, 2027-01-15T17:00 or ' +
  '2027-01-15 17:00:00 (read in Asia/Shanghai); or either with an offset, 2027-01-15T17:00+08:00 or 2027-01-15T09:00Z';

// Dates a year or two ahead of whenever the test runs, so every deadline is still in the future.
export const YEAR = Number(localDateOf(Date.now(), 'Asia/Shanghai').slice(0, 4)) + 1;

export let t: TestApp;
export let organizer: TestUser;
export let clerk: TestUser;
export let admin: TestUser;
export let standardCode: string;
export const as = (user: TestUser) => t.as(user);

const TREE: [id: string, parent: string | null, level: string, kind: string | null][] = [
  ['tz', null, 'PROVINCE', null],
  ['tz-street', 'tz', 'STREET', null],
  ['tz-c1', 'tz-street', 'COMMUNITY', 'URBAN'],
  ['tz-c2', 'tz-street', 'COMMUNITY', 'URBAN'],
];

/** Starts the app and seeds the world (the tree where missing) before the file's tests; closes the app after them. */
export function useTimeWorld(): void {
  beforeAll(async () => {
    t = await createTestApp();
    for (const [id, parent, level, kind] of TREE) {
      await t.harness.dataSource.query(
        `INSERT INTO jurisdiction (id, parent_id, level, name, kind, eligible, path)
         VALUES ($1, $2, $3, $4, $5, true,
                 COALESCE((SELECT path FROM jurisdiction WHERE id = $2), '/') || $1 || '/')
         ON CONFLICT (id) DO NOTHING`,
        [id, parent, level, `${id} 名称`, kind],
      );
    }
    [organizer, clerk, admin] = await Promise.all([
      t.user(UserRole.ORGANIZER, 'tz-street'),
      t.user(UserRole.COMMUNITY, 'tz-c1'),
      t.user(UserRole.ADMIN),
    ]);
    standardCode = `TZ-${randomUUID().slice(0, 8)}`;
    const { version: _version, ...standard } = { ...buildStandard(), code: standardCode };
    await as(admin).post('/standards', standard).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });
}

export const newId = () => `tz-${randomUUID().slice(0, 8)}`;
export const body = (
  id: string,
  schedule: Record<string, unknown> = {},
  policy: Record<string, unknown> = {},
) => {
  const base = campaignBody(id, standardCode, 'tz-street');
  return {
    ...base,
    schedule: { ...base.schedule, ...schedule },
    inspectionPolicy: { ...base.inspectionPolicy, ...policy },
  };
};

/** The years a campaign's periods can fall in (campaignYears in the deployment's zone). */
export function campaignYearsOf(schedule: { applicationOpensAt: string; awardAt: string }): number[] {
  const yearOf = (iso: string) => Number(localDateOf(Date.parse(iso), 'Asia/Shanghai').slice(0, 4));
  const years: number[] = [];
  for (let year = yearOf(schedule.applicationOpensAt); year <= yearOf(schedule.awardAt) + 1; year += 1)
    years.push(year);
  return years;
}

/** The arguments of every signal of that name a case workflow received, in order. */
export async function signalsTo(
  t: TestApp,
  campaignId: string,
  communityId: string,
  name: string,
): Promise<unknown[]> {
  const history = await t.app
    .get(Client)
    .workflow.getHandle(caseWorkflowId(campaignId, communityId))
    .fetchHistory();
  return (history.events ?? [])
    .map((event) => event.workflowExecutionSignaledEventAttributes)
    .filter((signal) => signal?.signalName === name)
    .map((signal) => JSON.parse(Buffer.from(signal!.input!.payloads![0].data!).toString('utf8')) as unknown);
}

/** The input a case workflow was started with, read from its history's first event. */
export async function startInput(t: TestApp, campaignId: string, communityId: string): Promise<unknown> {
  const client = t.app.get(Client);
  const history = await client.workflow.getHandle(caseWorkflowId(campaignId, communityId)).fetchHistory();
  const payload = history.events?.[0].workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
  return JSON.parse(Buffer.from(payload!.data!).toString('utf8'));
}
