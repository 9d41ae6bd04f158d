// `npm run bench`: the performance figures of issue 4, each printed as `name: value unit` at the end.
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { benchInspection, CASES_TO_PREPARE } from './phases/inspection.bench';
import { benchLaunch } from './phases/launch.bench';
import { benchProgress } from './phases/progress.bench';
import { benchReadLoad } from './phases/read-load.bench';
import { createCampaign, seedTree, seedUsers, streetId, urbanCommunitiesOf } from './phases/seed';
import { benchWorkflowEach } from './phases/workflow-each.bench';
import { startStack } from './support/bench-stack';
import { Figures } from './support/figures';
import { say, timed } from './support/say';
import { Teardown } from './support/teardown';

const teardown = new Teardown();
const figures = new Figures();
const phases = new Figures();

/** BENCH_SKIP=workflow_each,inspection: phases left out (while iterating on another; the full run has all). */
const SKIPPED = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));

/** Runs one phase, printing and keeping its wall time. */
async function phase<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
  if (SKIPPED.has(name)) {
    say(`phase ${name}: skipped (BENCH_SKIP)`);
    return undefined;
  }
  const { result, seconds } = await timed(work);
  phases.add(`phase_${name}_seconds`, seconds, 's');
  say(`phase ${name}: ${seconds.toFixed(1)} s`);
  return result;
}

/** The machine's 1-minute load average, kept as a figure: other work running skews every latency. */
function noteLoad(name: string): void {
  const load = phases.add(name, loadavg()[0], 'load');
  say(`1-minute load average ${load.toFixed(2)} on ${cpus().length} cores`);
}

async function main(): Promise<void> {
  phases.add('cpu_cores', cpus().length, 'cores');
  noteLoad('load_average_start');
  const stack = await phase('provision', () => startStack(teardown));
  if (stack === undefined) throw new Error('the provision phase cannot be skipped');
  const seeded = await phase('seed', async () => {
    say('seeding 100,000 communities under 1,000 streets (set-based SQL)...');
    await seedTree(stack.dataSource);
    // Streets 2 and 3: enough urban communities, none in the inspectors' street 1 (回避).
    const inspected = await urbanCommunitiesOf(
      stack.dataSource,
      [streetId(2), streetId(3)],
      CASES_TO_PREPARE,
    );
    const seeded = await seedUsers(stack.dataSource, stack.api, inspected);
    await createCampaign(stack.api, seeded.organizerToken);
    return { users: seeded, communities: inspected };
  });
  if (seeded === undefined) throw new Error('the seed phase cannot be skipped');
  const { users, communities } = seeded;
  await phase('launch', () => benchLaunch(stack, users.organizerToken, figures));
  await phase('workflow_each', () => benchWorkflowEach(stack, figures));
  await phase('inspection', () => benchInspection(stack, users, communities, figures));
  await phase('progress', () => benchProgress(stack, users.organizerToken, figures));
  await phase('read_load', () => benchReadLoad(stack, users.organizerToken, figures));
  noteLoad('load_average_end');
}

let finishing: Promise<never> | undefined;

/** Stops everything the bench started, then prints the figures as the last lines (even a partial set). */
function finish(code: number): Promise<never> {
  finishing ??= stopAndPrint(code);
  return finishing;
}

async function stopAndPrint(code: number): Promise<never> {
  say('stopping everything the bench started...');
  const stopped = await timed(() => teardown.run());
  say(`stopped in ${stopped.seconds.toFixed(1)} s`);
  const lines = [...figures.lines(), ...phases.lines()];
  if (lines.length > 0) process.stdout.write(`\n${lines.join('\n')}\n`);
  process.exit(code);
}

process.once('SIGINT', () => void finish(130));
process.once('SIGTERM', () => void finish(143));

const started = process.hrtime.bigint();
main()
  .then(async () => {
    phases.add('total_seconds', Number(process.hrtime.bigint() - started) / 1e9, 's');
    await finish(0);
  })
  .catch(async (error: unknown) => {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`\nbench failed: ${message}\n`);
    await finish(1);
  });
