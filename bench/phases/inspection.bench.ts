import { randomUUID } from 'node:crypto';
import { CaseStage, scoredItems } from '@app/domain';
import * as contract from '@app/workflows/community-case/community-case.contract';
import { caseWorkflowId, CaseView } from '@app/workflows/community-case/community-case.contract';
import { DEMO_STANDARD } from '../../scripts/demo/demo-standard';
import { BARE_UPDATE_WORKFLOW, echoUpdate } from '../workflows/bare-update.workflow';
import { BenchStack } from '../support/bench-stack';
import { Figures, percentile } from '../support/figures';
import { millisecondsOf, say } from '../support/say';
import { BenchUsers, CAMPAIGN_ID } from './seed';

/**
 * How each measured case's two checks are sent (the first leaves INSPECTION, the second moves to
 * SCORING): through the API as any client would; the same with an Idempotency-Key (a retry-safe client:
 * the key is checked by the case workflow, no database on the way); through the API asking
 * `Prefer: read-your-writes` (the reply waits for the read model); straight to Temporal, to split the
 * API's share from the workflow's.
 */
const ROUTES = ['api', 'api', 'keyed', 'readYourWrites', 'direct'] as const;
type Route = (typeof ROUTES)[number];
const MEASURED_CASES = 125;
const WARM_UP_CASES = ROUTES.length;
export const CASES_TO_PREPARE = WARM_UP_CASES + MEASURED_CASES;
const PREPARE_CONCURRENCY = 4;
const BARE_WORKFLOW_ID = 'bench-bare-update';

/** Full marks on every scored item for an urban community (the cases are all urban). */
const SCORES = Object.fromEntries(
  scoredItems({ ...DEMO_STANDARD, version: 1 }, 'URBAN').map((item) => [item.code, item.maxScore]),
);

const casePath = (communityId: string) => `/campaigns/${CAMPAIGN_ID}/cases/${communityId}`;

/** Application (its workflow starts here), acceptance, self-check and two inspectors, through the API. */
async function toInspection(stack: BenchStack, users: BenchUsers, communityId: string): Promise<void> {
  const path = casePath(communityId);
  const clerk = users.clerkTokens.get(communityId)!;
  await stack.api.post(`${path}/application`, clerk, { content: { summary: '平安社区创建申报' } });
  await stack.api.post(`${path}/review`, users.organizerToken, { decision: 'ACCEPT' });
  await stack.api.post(`${path}/self-check`, clerk, { scores: SCORES });
  await stack.api.post(`${path}/inspectors`, users.organizerToken, { inspectorIds: users.inspectorIds });
}

async function prepareAll(stack: BenchStack, users: BenchUsers, communities: string[]): Promise<void> {
  let next = 0;
  const preparer = async () => {
    while (next < communities.length) await toInspection(stack, users, communities[next++]);
  };
  await Promise.all(Array.from({ length: PREPARE_CONCURRENCY }, preparer));
}

/** Sends inspector n's check on a case and answers the case view. */
type CheckSender = (communityId: string, inspector: number) => Promise<CaseView>;

const viaApi =
  (
    stack: BenchStack,
    users: BenchUsers,
    headers: (communityId: string) => Record<string, string>,
  ): CheckSender =>
  (communityId, inspector) =>
    stack.api.post<CaseView>(
      `${casePath(communityId)}/checks`,
      users.inspectorTokens[inspector],
      { scores: SCORES },
      headers(communityId),
    );

const viaTemporal =
  (stack: BenchStack, users: BenchUsers): CheckSender =>
  (communityId, inspector) =>
    stack.client.workflow
      .getHandle(caseWorkflowId(CAMPAIGN_ID, communityId))
      .executeUpdate(contract.submitCheckUpdate, {
        args: [
          {
            scores: SCORES,
            vetoFlags: [],
            findings: '',
            rectifyItems: [],
            actor: users.inspectorActors[inspector],
          },
        ],
      });

interface Samples {
  api: number[];
  keyed: number[];
  readYourWrites: number[];
  direct: number[];
  bare: number[];
  caseUpdate: number[];
  caseRead: number[];
}

const noSamples = (): Samples => ({
  api: [],
  keyed: [],
  readYourWrites: [],
  direct: [],
  bare: [],
  caseUpdate: [],
  caseRead: [],
});

function senderFor(route: Route, stack: BenchStack, users: BenchUsers): CheckSender {
  switch (route) {
    case 'direct':
      return viaTemporal(stack, users);
    case 'readYourWrites':
      return viaApi(stack, users, () => ({ prefer: 'read-your-writes' }));
    case 'keyed':
      return viaApi(stack, users, (communityId) => ({
        'idempotency-key': `check-${communityId}-${randomUUID()}`,
      }));
    case 'api':
      return viaApi(stack, users, () => ({}));
  }
}

/** One case's two checks, each right after a bare Update so both see the same background load. */
async function measureCase(
  stack: BenchStack,
  users: BenchUsers,
  communityId: string,
  route: Route,
  samples: Samples,
) {
  const bare = stack.client.workflow.getHandle(BARE_WORKFLOW_ID);
  const caseHandle = stack.client.workflow.getHandle(caseWorkflowId(CAMPAIGN_ID, communityId));
  const send = senderFor(route, stack, users);
  for (const [inspector, stage] of [CaseStage.INSPECTION, CaseStage.SCORING].entries()) {
    samples.bare.push(await millisecondsOf(() => bare.executeUpdate(echoUpdate, { args: [inspector] })));
    let view: CaseView | undefined;
    const ms = await millisecondsOf(async () => (view = await send(communityId, inspector)));
    if (view?.state.stage !== stage) throw new Error(`check on ${communityId} left it ${view?.state.stage}`);
    samples[route].push(ms);
    // Untimed: let the check's write-behind finish, so the next bare Update does not share the
    // machine with it (that would slow the bare figure and flatter the ratio).
    await caseHandle.executeUpdate(contract.recordedUpdate);
  }
  samples.caseUpdate.push(await millisecondsOf(() => caseHandle.executeUpdate(contract.openCaseUpdate)));
  samples.caseRead.push(
    await millisecondsOf(() => stack.api.get(casePath(communityId), users.inspectorTokens[0])),
  );
}

function report(samples: Samples, figures: Figures): void {
  figures.add('inspection_samples', samples.api.length, 'checks');
  const p50 = figures.add('inspection_p50', percentile(samples.api, 0.5), 'ms');
  figures.add('inspection_p99', percentile(samples.api, 0.99), 'ms');
  const bareP50 = figures.add('bare_update_p50', percentile(samples.bare, 0.5), 'ms');
  figures.add('bare_update_p99', percentile(samples.bare, 0.99), 'ms');
  figures.add('inspection_vs_bare_update_p50', p50 / bareP50, 'x');
  const keyedP50 = figures.add('inspection_keyed_p50', percentile(samples.keyed, 0.5), 'ms');
  figures.add('inspection_keyed_vs_bare_update_p50', keyedP50 / bareP50, 'x');
  figures.add('inspection_read_your_writes_p50', percentile(samples.readYourWrites, 0.5), 'ms');
  figures.add('inspection_temporal_direct_p50', percentile(samples.direct, 0.5), 'ms');
  figures.add('case_update_no_activity_p50', percentile(samples.caseUpdate, 0.5), 'ms');
  figures.add('case_read_http_p50', percentile(samples.caseRead, 0.5), 'ms');
}

/** Inspection checks through the API against a bare Temporal Update on the same server, same run. */
export async function benchInspection(
  stack: BenchStack,
  users: BenchUsers,
  communities: string[],
  figures: Figures,
): Promise<void> {
  say(
    `driving ${communities.length} cases to INSPECTION through the API (${PREPARE_CONCURRENCY} at a time)...`,
  );
  await prepareAll(stack, users, communities);
  const bare = await stack.client.workflow.start(BARE_UPDATE_WORKFLOW, {
    workflowId: BARE_WORKFLOW_ID,
    taskQueue: stack.bareTaskQueue,
  });
  for (let i = 0; i < 20; i++) await bare.executeUpdate(echoUpdate, { args: [i] });
  for (const [i, communityId] of communities.slice(0, WARM_UP_CASES).entries()) {
    await measureCase(stack, users, communityId, ROUTES[i], noSamples());
  }
  say(
    `measuring ${2 * MEASURED_CASES} checks (API, API with a key, API read-your-writes, direct), each beside a bare Update...`,
  );
  const samples = noSamples();
  for (const [i, communityId] of communities.slice(WARM_UP_CASES).entries()) {
    await measureCase(stack, users, communityId, ROUTES[i % ROUTES.length], samples);
  }
  report(samples, figures);
}
