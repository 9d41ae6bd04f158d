import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { eventually } from '../support/eventually';
import {
  ApiOperation,
  describeOperation,
  OpenApiDocument,
  operationsOf,
  pathOf,
  resolved,
  Schema,
} from '../support/openapi-operations';
import { createFuzzWorld, FuzzWorld, Sender, SENDERS } from './fuzz-world';
import { jsonText } from './hostile-values';
import { RawResponse, rawRequest } from './raw-http';
import { FuzzRequest, fuzzRequests, withValueAt } from './request-arbitrary';
import { schemaFields, schemaValue, wrongTypeFor } from './schema-values';
import { stateFingerprint, StateFingerprint } from './state-fingerprint';

// Bounded and seeded, so `make test` runs the same requests every time; widen it locally with
// FUZZ_SEED=<n> FUZZ_RUNS=<requests per operation> npx jest --selectProjects fuzz
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
// Generous: about 10 ms a request on this 2-core machine, 50-odd operations.
const RUN_TIMEOUT_MS = Math.max(180_000, RUNS * 3_000);
const REPRODUCE = `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npx jest --selectProjects fuzz`;

/** Each operation's own seed, so adding an operation does not change the requests of the others. */
function seedOf(operation: ApiOperation): number {
  return createHash('sha256')
    .update(`${SEED}:${describeOperation(operation)}`)
    .digest()
    .readInt32BE(0);
}

async function send(world: FuzzWorld, operation: ApiOperation, request: FuzzRequest): Promise<RawResponse> {
  const path = pathOf(operation, request.path) + (request.query === '' ? '' : `?${request.query}`);
  const headers: Record<string, string> = { ...request.headers };
  const token = world.tokenOf(request.sender);
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  const payload = request.body?.payload;
  if (request.body?.contentType !== undefined) headers['Content-Type'] = request.body.contentType;
  const body = payload === undefined || Buffer.isBuffer(payload) ? payload : Buffer.from(payload, 'utf8');
  return rawRequest(world.port, operation.method, path, headers, body);
}

/** What is wrong with the answer to a fuzz request, or null when it is as it should be. */
function wrongAnswer(operation: ApiOperation, request: FuzzRequest, response: RawResponse): string | null {
  const { status, body } = response;
  if (status >= 500) return `answered ${status}`;
  if (operation.method !== 'get' && request.refused && status < 400)
    return `accepted a request it must refuse (${status})`;
  if (status < 400) return null;
  const error = body as {
    statusCode?: unknown;
    code?: unknown;
    message?: unknown;
    details?: { problems?: unknown };
  };
  if (error.statusCode !== status || typeof error.code !== 'string' || typeof error.message !== 'string') {
    return `answered ${status} without the API's error body`;
  }
  if (status === 400 && (!Array.isArray(error.details?.problems) || error.details.problems.length === 0)) {
    return 'answered 400 without details.problems';
  }
  return null;
}

function describeRequest(
  operation: ApiOperation,
  request: FuzzRequest,
  response: RawResponse | undefined,
): string {
  const payload = request.body?.payload;
  const shown = payload === undefined ? '' : Buffer.isBuffer(payload) ? `<${payload.length} bytes>` : payload;
  return [
    `${operation.method.toUpperCase()} ${pathOf(operation, request.path)}${request.query === '' ? '' : `?${request.query}`}`.slice(
      0,
      300,
    ),
    `  as ${request.sender}; headers ${JSON.stringify(request.headers).slice(0, 200)}`,
    request.body === undefined
      ? '  no body'
      : `  ${request.body.contentType ?? '(no Content-Type)'}: ${shown.slice(0, 300)}`,
    `  hostile: ${request.notes.join('; ') || 'nothing'}`,
    response === undefined ? '' : `  → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`,
  ].join('\n');
}

describe('fuzz: every operation of the OpenAPI document, hostile and boundary input', () => {
  let world: FuzzWorld;
  let operations: ApiOperation[];
  let document: OpenApiDocument;
  let before: StateFingerprint;
  const fingerprint = () =>
    stateFingerprint(
      world.t.harness.dataSource,
      world.t.harness.client,
      world.t.harness.taskQueue,
      world.workflowIds,
    );

  beforeAll(async () => {
    world = await createFuzzWorld();
    document = (await world.t.http().get('/docs-json').expect(200)).body as OpenApiDocument;
    operations = operationsOf(document);
    // The setup's two workflows (the campaign, the applied case) must be visible before counting.
    await eventually(async () =>
      expect((await fingerprint()).workflowsOnTaskQueue).toBe(world.workflowIds.length),
    );
    before = await fingerprint();
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  /** Runs `runs` generated requests per operation; answers what went wrong, one entry per operation. */
  async function fuzzEveryOperation(
    runs: number,
    mayChangeState: boolean,
  ): Promise<{ failures: string[]; sent: number }> {
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    const targets = mayChangeState
      ? operations.filter((operation) => operation.method !== 'get')
      : operations;
    for (const operation of targets) {
      let last: { request: FuzzRequest; response?: RawResponse } | undefined;
      const result = await fc.check(
        fc.asyncProperty(
          fuzzRequests(
            operation,
            (schema) => resolved(schema, document),
            (parameter) => world.realIds(operation.template, parameter),
            { mayChangeState },
          ),
          async (request) => {
            last = { request };
            const response = await send(world, operation, request);
            sent += 1;
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            last.response = response;
            return wrongAnswer(operation, request, response) === null;
          },
        ),
        { seed: seedOf(operation) + (mayChangeState ? 1 : 0), numRuns: runs, endOnFailure: true },
      );
      if (result.failed && last !== undefined) {
        const reason =
          last.response === undefined
            ? String(result.errorInstance)
            : wrongAnswer(operation, last.request, last.response);
        failures.push(
          `${describeOperation(operation)}: ${reason}\n${describeRequest(operation, last.request, last.response)}`,
        );
      }
    }
    // How deep the requests got, to see a run was not all 401s.
    const tally = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
    const kind = mayChangeState ? ', odd values that may change state' : '';
    process.stderr.write(`fuzz: ${sent} requests (seed ${SEED}${kind}): ${tally.join(' ')}\n`);
    return { failures, sent };
  }

  const failed = (failures: string[]) =>
    failures.length === 0
      ? ''
      : `${failures.length} operation(s) failed; reproduce with ${REPRODUCE}\n\n${failures.join('\n\n')}`;

  it(
    `should answer every request below 500, refuse every hostile one, and change nothing (seed ${SEED}, ${RUNS} per operation)`,
    async () => {
      expect(operations.length).toBeGreaterThanOrEqual(50);
      const { failures, sent } = await fuzzEveryOperation(RUNS, false);
      expect(failed(failures)).toBe('');
      expect(sent).toBe(operations.length * RUNS);
      expect({ reproduce: REPRODUCE, state: await fingerprint() }).toEqual({
        reproduce: REPRODUCE,
        state: before,
      });
    },
    RUN_TIMEOUT_MS,
  );

  /** The first sender whose request with an unknown field gets past the role check to validation (400). */
  async function senderAllowedTo(operation: ApiOperation): Promise<Sender | undefined> {
    for (const sender of SENDERS) {
      const probe: FuzzRequest = {
        sender,
        path: Object.fromEntries(
          operation.path.map((parameter) => [
            parameter.name,
            world.realIds(operation.template, parameter.name)[0] ?? 'x',
          ]),
        ),
        query: '',
        headers: {},
        body: { contentType: 'application/json', payload: '{"zzUnknown":1}' },
        notes: ['unknown field zzUnknown'],
        refused: true,
      };
      const response = await send(world, operation, probe);
      const problems =
        (response.body as { details?: { problems?: { field: string }[] } }).details?.problems ?? [];
      if (response.status === 400 && problems.some((problem) => problem.field === 'zzUnknown')) return sender;
    }
    return undefined;
  }

  it('should refuse null and a wrong type in every field of every JSON body with 400 naming the field, and change nothing', async () => {
    const resolve = (schema: Schema) => resolved(schema, document);
    const failures: string[] = [];
    let checked = 0;
    for (const operation of operations.filter(
      (candidate) => candidate.body?.mediaType === 'application/json',
    )) {
      const sender = await senderAllowedTo(operation);
      expect([describeOperation(operation), sender]).toEqual([
        describeOperation(operation),
        expect.any(String),
      ]);
      const [base] = fc.sample(schemaValue(operation.body!.schema, resolve), {
        seed: seedOf(operation),
        numRuns: 1,
      });
      for (const field of schemaFields(operation.body!.schema, resolve)) {
        const name = field.path.join('.');
        const values: [string, unknown][] = [];
        if (field.schema.nullable !== true) values.push(['null', null]);
        if (field.schema.type !== undefined || field.schema.enum !== undefined)
          values.push(['a wrong type', wrongTypeFor(field.schema)]);
        for (const [what, value] of values) {
          const body = withValueAt(base, field.path, value);
          const request: FuzzRequest = {
            sender: sender!,
            path: Object.fromEntries(
              operation.path.map((parameter) => [
                parameter.name,
                world.realIds(operation.template, parameter.name)[0] ?? 'x',
              ]),
            ),
            query: '',
            headers: {},
            body: { contentType: 'application/json', payload: jsonText(body) },
            notes: [`${name} = ${what}`],
            refused: true,
          };
          const response = await send(world, operation, request);
          checked += 1;
          const problems =
            (response.body as { details?: { problems?: { field: string }[] } }).details?.problems ?? [];
          if (response.status !== 400 || !problems.some((problem) => problem.field === name)) {
            failures.push(
              `${describeOperation(operation)}: ${name} = ${what}\n${describeRequest(operation, request, response)}`,
            );
          }
        }
      }
    }
    process.stderr.write(`fuzz: ${checked} body fields refused as null or of a wrong type\n`);
    expect(failures.join('\n\n')).toBe('');
    expect(await fingerprint()).toEqual(before);
  });

  // Last: these requests may be accepted (a new standard, a cancelled campaign), so nothing after
  // them compares state. They carry only odd values, to reach the rules behind validation.
  it(
    `should answer well-formed but odd requests to every writing operation below 500 (seed ${SEED}, ${Math.ceil(RUNS / 2)} per operation)`,
    async () => {
      const { failures } = await fuzzEveryOperation(Math.ceil(RUNS / 2), true);
      expect(failed(failures)).toBe('');
    },
    RUN_TIMEOUT_MS,
  );
});
