import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { BenchStack } from '../support/bench-stack';
import { Figures } from '../support/figures';
import { say } from '../support/say';
import { CAMPAIGN_ID } from './seed';

/** 200 organizers reading at once (issue 9 §6), each a keep-alive connection with one request in flight. */
const CONNECTIONS = 200;
const SECONDS = Number(process.env.BENCH_READ_LOAD_SECONDS ?? 10);
const WARM_UP_SECONDS = 2;

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** One autocannon run against a path; every answer other than `expected` counts as an error. */
async function load(baseUrl: string, path: string, token: string, seconds: number, expected: number) {
  const result = await autocannon({
    url: `${baseUrl}${path}`,
    connections: CONNECTIONS,
    pipelining: 1,
    duration: seconds,
    // On a machine other work keeps busy an answer can take seconds; it counts as slow, not as lost.
    timeout: 30,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  });
  const unexpected = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => Number(code) !== expected)
    .reduce((sum, [, stats]) => sum + (stats.count ?? 0), 0);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + unexpected,
  } satisfies LoadResult;
}

/** A short unmeasured run, then the measured one; says what it saw with the load average. */
async function measured(
  stack: BenchStack,
  label: string,
  path: string,
  token: string,
  expected = 200,
): Promise<LoadResult> {
  await load(stack.api.baseUrl, path, token, WARM_UP_SECONDS, expected);
  const result = await load(stack.api.baseUrl, path, token, SECONDS, expected);
  say(
    `${label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ` +
      `${result.errors} errors (1-minute load ${loadavg()[0].toFixed(2)})`,
  );
  if (result.errors > 0)
    throw new Error(`${label}: ${result.errors} requests failed or answered unexpectedly`);
  return result;
}

/**
 * Issue 9 §6: CONNECTIONS concurrent organizers reading the 100,000-case campaign's progress and its
 * case list (first page), and the same client against a route that does no work (an unknown path: 404
 * from the router, no guard, no database), the floor the two are compared with.
 */
export async function benchReadLoad(stack: BenchStack, organizerToken: string, figures: Figures) {
  say(`${CONNECTIONS} concurrent clients, ${SECONDS} s each (after ${WARM_UP_SECONDS} s unmeasured)...`);
  const floor = await measured(stack, 'floor (404)', '/no-such-route', organizerToken, 404);
  figures.add('read_load_floor_rps', floor.rps, 'req/s');
  figures.add('read_load_floor_p99_ms', floor.p99, 'ms');
  figures.add('read_load_floor_errors', floor.errors, 'requests');
  const progress = await measured(stack, 'progress', `/campaigns/${CAMPAIGN_ID}/progress`, organizerToken);
  figures.add('read_load_progress_rps', progress.rps, 'req/s');
  figures.add('read_load_progress_p99_ms', progress.p99, 'ms');
  figures.add('read_load_progress_errors', progress.errors, 'requests');
  // The same machine at the same moment does the floor's work too: the ratio says more than req/s when busy.
  figures.add('read_load_progress_vs_floor', progress.rps / floor.rps, 'x');
  const list = await measured(stack, 'case list', `/campaigns/${CAMPAIGN_ID}/cases`, organizerToken);
  figures.add('read_load_list_rps', list.rps, 'req/s');
  figures.add('read_load_list_p99_ms', list.p99, 'ms');
  figures.add('read_load_list_errors', list.errors, 'requests');
  figures.add('read_load_list_vs_floor', list.rps / floor.rps, 'x');
  figures.add('read_load_load_average', loadavg()[0], 'load');
}
