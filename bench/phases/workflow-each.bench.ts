import { DataSource } from 'typeorm';
import { CaseInput, caseInputFor, DEFAULT_TIME_ZONE, WEEKENDS_ONLY } from '@app/domain';
import { CampaignEntity } from '@app/persistence';
import { caseStartOptions } from '@app/workflows/community-case/case-start-options';
import { COMMUNITY_CASE_WORKFLOW } from '@app/workflows/community-case/community-case.contract';
import { BenchStack } from '../support/bench-stack';
import { Figures } from '../support/figures';
import { say, timed } from '../support/say';
import { CAMPAIGN_ID, COMMUNITIES, streetId } from './seed';

const SAMPLE = 500;
const WARM_UP = 20;
/** Starts in flight at once: what a launcher with a small pool would do; sequential would be slower. */
const CONCURRENCY = 10;
const PROJECTED_WITHIN_MS = 300_000;

interface CommunityRow {
  id: string;
  name: string;
  kind: 'URBAN' | 'RURAL';
  parent_id: string;
  path: string;
}

/** Case inputs as the API builds them, for communities of streets 3…, under a campaign id of their own. */
async function caseInputs(db: DataSource, asCampaignId: string, offset: number, count: number) {
  const campaign = await db
    .getRepository(CampaignEntity)
    .findOneOrFail({ where: { id: CAMPAIGN_ID }, relations: { standard: true } });
  const rows: CommunityRow[] = await db.query(
    `SELECT id, name, kind, parent_id, path FROM jurisdiction
      WHERE level = 'COMMUNITY' AND eligible AND parent_id >= $1 ORDER BY id OFFSET $2 LIMIT $3`,
    [streetId(3), offset, count],
  );
  return rows.map((row): CaseInput => {
    const community = { id: row.id, name: row.name, kind: row.kind, streetId: row.parent_id, path: row.path };
    const time = { timeZone: DEFAULT_TIME_ZONE, calendar: WEEKENDS_ONLY };
    return {
      ...caseInputFor(campaign, community, campaign.standard!.definition, time),
      campaignId: asCampaignId,
    };
  });
}

/** One client.workflow.start per community, CONCURRENCY at a time. */
async function startEach(stack: BenchStack, inputs: CaseInput[]): Promise<void> {
  let next = 0;
  const starter = async () => {
    while (next < inputs.length) {
      const input = inputs[next++];
      await stack.client.workflow.start(COMMUNITY_CASE_WORKFLOW, caseStartOptions(input, stack.taskQueue));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, starter));
}

/** Waits (bounded) until every started case has written its row, as a launch's rows are there at once. */
async function allProjected(db: DataSource, campaignId: string, count: number): Promise<void> {
  const deadline = Date.now() + PROJECTED_WITHIN_MS;
  while (Date.now() < deadline) {
    const [row]: { n: string }[] = await db.query(
      'SELECT count(*) AS n FROM case_projection WHERE campaign_id = $1',
      [campaignId],
    );
    if (Number(row.n) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(
    `${count} case workflows of ${campaignId} did not all project within ${PROJECTED_WITHIN_MS} ms`,
  );
}

async function startAndWait(stack: BenchStack, campaignId: string, inputs: CaseInput[]) {
  const starts = await timed(() => startEach(stack, inputs));
  await allProjected(stack.dataSource, campaignId, inputs.length);
  return starts.seconds;
}

/** The usual way: a workflow started per community; a sample, timed until its rows exist, extrapolated. */
export async function benchWorkflowEach(stack: BenchStack, figures: Figures): Promise<void> {
  const warmUp = await caseInputs(stack.dataSource, 'bench-each-warm-up', 0, WARM_UP);
  const sample = await caseInputs(stack.dataSource, 'bench-each', WARM_UP, SAMPLE);
  say(`warming the worker up with ${WARM_UP} case workflows...`);
  await startAndWait(stack, 'bench-each-warm-up', warmUp);
  say(`starting ${SAMPLE} case workflows, one client.workflow.start each, ${CONCURRENCY} at a time...`);
  const run = await timed(() => startAndWait(stack, 'bench-each', sample));
  figures.add('workflow_each_sample_size', SAMPLE, 'workflows');
  figures.add('workflow_each_concurrency', CONCURRENCY, 'starts');
  figures.add('workflow_each_sample_start_calls_seconds', run.result, 's');
  figures.add('workflow_each_sample_seconds', run.seconds, 's');
  const extrapolated = (run.seconds / SAMPLE) * COMMUNITIES;
  figures.add('workflow_each_100k_seconds_extrapolated', extrapolated, 's');
  const launch = figures.get('launch_100k_seconds');
  if (launch === undefined) return;
  figures.add('launch_100k_speedup_vs_workflow_each', extrapolated / launch, 'x');
  // The reading kindest to the usual way: only the start calls, not the rows its workflows then write.
  const startCalls = (run.result / SAMPLE) * COMMUNITIES;
  figures.add('launch_100k_speedup_vs_workflow_each_start_calls', startCalls / launch, 'x');
}
