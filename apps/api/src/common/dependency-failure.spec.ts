import { createServer, Server, Socket } from 'node:net';
import {
  Client,
  Connection,
  ServiceError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Client as PgClient, DatabaseError, Pool } from 'pg';
import { QueryFailedError } from 'typeorm';
import { DomainError, DomainErrorCode } from '@app/domain';
import { queryWorkflow } from '@app/temporal';
import { campaignRunQuery } from '@app/workflows/campaign/campaign.contract';
import { selectOne } from '../../../../test/support/pg-probe';
import { classifyDependencyFailure, DependencyFailureCode } from './dependency-failure';
import { unavailableMessage } from './dependency-unavailable.error';

// A port nothing listens on: connecting is refused at once, as when a server has stopped.
const CLOSED = '127.0.0.1:1';

/** What the promise rejects with (the test fails if it resolves). */
async function rejectionOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** A gRPC status error as @grpc/grpc-js builds it (callErrorFromStatus), wrapped as @temporalio/client does. */
function grpcFailure(code: number, details: string): ServiceError {
  const status = Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });
  return new ServiceError('Workflow Update failed', { cause: status });
}

/** A server error as pg reports it, with its SQLSTATE, wrapped as TypeORM does. */
function sqlFailure(code: string, message: string): QueryFailedError {
  const driverError = Object.assign(new DatabaseError(message, message.length, 'error'), { code });
  return new QueryFailedError('SELECT 1', [], driverError);
}

describe(classifyDependencyFailure.name, () => {
  describe('Temporal, from a real client', () => {
    let connection: Connection;
    let client: Client;
    beforeAll(() => {
      connection = Connection.lazy({ address: CLOSED, interceptors: [] });
      client = new Client({ connection });
    });
    afterAll(() => connection.close());

    it('should answer TEMPORAL_UNAVAILABLE, worth retrying, when an Update finds no server', async () => {
      const error = await rejectionOf(() =>
        connection.withDeadline(Date.now() + 5000, () =>
          client.workflow.getHandle('case:x:c-01').executeUpdate('chase'),
        ),
      );
      expect(error).toBeInstanceOf(ServiceError);
      expect(classifyDependencyFailure(error)).toMatchObject({
        code: DependencyFailureCode.TEMPORAL_UNAVAILABLE,
        dependency: 'temporal',
        transient: true,
      });
    });

    it('should answer TEMPORAL_UNAVAILABLE when a Query or a raw service call finds no server', async () => {
      const query = await rejectionOf(() =>
        connection.withDeadline(Date.now() + 5000, () =>
          queryWorkflow(client.workflow.getHandle('campaign:x'), campaignRunQuery),
        ),
      );
      const raw = await rejectionOf(() =>
        connection.withDeadline(Date.now() + 5000, () => connection.workflowService.getSystemInfo({})),
      );
      for (const error of [query, raw]) {
        expect(classifyDependencyFailure(error)?.code).toBe(DependencyFailureCode.TEMPORAL_UNAVAILABLE);
      }
    });

    it('should answer TRY_AGAIN, not worth retrying, when an Update ran out of its deadline', async () => {
      const error = await rejectionOf(() =>
        connection.withDeadline(Date.now() - 1, () =>
          client.workflow.getHandle('case:x:c-01').executeUpdate('chase'),
        ),
      );
      expect((error as Error).name).toBe('WorkflowUpdateRPCTimeoutOrCancelledError');
      expect(classifyDependencyFailure(error)).toMatchObject({
        code: DependencyFailureCode.TRY_AGAIN,
        transient: false,
      });
    });
  });

  describe('Temporal, by gRPC status', () => {
    it.each([
      [9, 'Unable to perform workflow execution update due to Workflow Task in failed state.', true],
      [8, 'namespace rate limit exceeded', true],
      [8, 'Too many outstanding requests to the workflow.', true],
      [10, 'aborted', true],
      [4, 'Deadline exceeded after 5.001s', false],
      [1, 'Cancelled on client', false],
    ])('should answer TRY_AGAIN for status %d (%s), retried: %s', (code, details, transient) => {
      expect(classifyDependencyFailure(grpcFailure(code, details))).toMatchObject({
        code: DependencyFailureCode.TRY_AGAIN,
        dependency: 'temporal',
        transient,
      });
    });

    it('should answer TEMPORAL_UNAVAILABLE for a transport reset while the server restarts', () => {
      expect(
        classifyDependencyFailure(grpcFailure(13, 'Received RST_STREAM with code 2 (Internal server error)')),
      ).toMatchObject({ code: DependencyFailureCode.TEMPORAL_UNAVAILABLE, transient: true });
    });

    it.each([
      [9, 'Namespace is not active'],
      [13, 'unexpected proto decode failure'],
      [3, 'WorkflowId is not set on request.'],
      [7, 'Request unauthorized.'],
    ])('should leave status %d (%s) to the 500 it is', (code, details) => {
      expect(classifyDependencyFailure(grpcFailure(code, details))).toBeUndefined();
    });
  });

  describe('PostgreSQL, from a real pg client and pool', () => {
    let silent: Server;
    let silentPort: number;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      // Accepts connections and never answers, as a hung server does.
      silent = createServer((socket) => void sockets.add(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      silentPort = (silent.address() as { port: number }).port;
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });

    it('should answer DATABASE_UNAVAILABLE when nothing listens on the port', async () => {
      const error = await rejectionOf(() =>
        new PgClient({ connectionString: `postgres://postgres@${CLOSED}/x` }).connect(),
      );
      expect((error as { code: string }).code).toBe('ECONNREFUSED');
      expect(classifyDependencyFailure(error)).toMatchObject({
        code: DependencyFailureCode.DATABASE_UNAVAILABLE,
        dependency: 'database',
      });
    });

    it('should answer DATABASE_UNAVAILABLE when connecting to a hung server times out', async () => {
      const url = `postgres://postgres@127.0.0.1:${silentPort}/x`;
      const direct = await rejectionOf(() =>
        new PgClient({ connectionString: url, connectionTimeoutMillis: 100 }).connect(),
      );
      const pool = new Pool({ connectionString: url, connectionTimeoutMillis: 100 });
      const pooled = await rejectionOf(() => selectOne(pool));
      await pool.end();
      expect((pooled as Error).message).toBe('Connection terminated due to connection timeout');
      for (const error of [direct, pooled]) {
        expect(classifyDependencyFailure(error)?.code).toBe(DependencyFailureCode.DATABASE_UNAVAILABLE);
      }
    });

    it('should answer TRY_AGAIN when every pooled connection stays busy past the timeout', async () => {
      const pool = new Pool({
        connectionString: `postgres://postgres@127.0.0.1:${silentPort}/x`,
        max: 1,
        connectionTimeoutMillis: 100,
      });
      const [first, second] = await Promise.all([
        rejectionOf(() => selectOne(pool)),
        rejectionOf(() => selectOne(pool)),
      ]);
      await pool.end();
      const waited = [first, second].find((error) => (error as Error).message.startsWith('timeout exceeded'));
      expect(classifyDependencyFailure(waited)).toMatchObject({
        code: DependencyFailureCode.TRY_AGAIN,
        dependency: 'database',
      });
    });

    it('should answer DATABASE_UNAVAILABLE for a connection that dropped under a TypeORM query', () => {
      for (const message of ['Connection terminated unexpectedly', 'Query read timeout']) {
        const error = new QueryFailedError('SELECT 1', [], new Error(message));
        expect(classifyDependencyFailure(error)?.code).toBe(DependencyFailureCode.DATABASE_UNAVAILABLE);
      }
    });
  });

  describe('PostgreSQL, by SQLSTATE', () => {
    it.each([
      ['57P01', 'terminating connection due to administrator command'],
      ['57P03', 'the database system is starting up'],
      ['57P03', 'the database system is shutting down'],
      ['08006', 'connection failure'],
      ['3D000', 'database "chuangjian" does not exist'],
      ['53100', 'could not extend file: No space left on device'],
    ])('should answer DATABASE_UNAVAILABLE for %s (%s)', (code, message) => {
      expect(classifyDependencyFailure(sqlFailure(code, message))?.code).toBe(
        DependencyFailureCode.DATABASE_UNAVAILABLE,
      );
    });

    it.each([
      ['53300', 'sorry, too many clients already'],
      ['57014', 'canceling statement due to statement timeout'],
      ['40P01', 'deadlock detected'],
    ])('should answer TRY_AGAIN for %s (%s)', (code, message) => {
      expect(classifyDependencyFailure(sqlFailure(code, message))?.code).toBe(
        DependencyFailureCode.TRY_AGAIN,
      );
    });

    it.each([
      ['23505', 'duplicate key value violates unique constraint'],
      ['22P02', 'invalid input syntax for type uuid'],
      ['42P01', 'relation "nope" does not exist'],
    ])('should leave %s (%s) to the error it is', (code, message) => {
      expect(classifyDependencyFailure(sqlFailure(code, message))).toBeUndefined();
    });
  });

  it('should leave domain errors, workflow outcomes and bugs alone', () => {
    const rejected = new WorkflowUpdateFailedError(
      'Workflow Update failed',
      ApplicationFailure.create({ type: 'WRONG_STAGE', message: 'not now' }),
    );
    for (const error of [
      new DomainError(DomainErrorCode.WRONG_STAGE, 'not now'),
      new WorkflowNotFoundError('gone', 'case:x:c-01', undefined),
      rejected,
      new TypeError("Cannot read properties of undefined (reading 'stage')"),
      'a string',
      undefined,
    ]) {
      expect(classifyDependencyFailure(error)).toBeUndefined();
    }
  });
});

describe(unavailableMessage.name, () => {
  const temporalDown = classifyDependencyFailure(grpcFailure(14, 'No connection established'))!;

  it('should tell the caller of an action to retry with the same Idempotency-Key', () => {
    expect(unavailableMessage(temporalDown, true, 5)).toBe(
      'The case engine (Temporal) cannot be reached. Try again in 5 s with the same Idempotency-Key: ' +
        'if the action did go through, the retry returns its result instead of acting twice. ' +
        'If it keeps happening, tell the operator (GET /health names what is down).',
    );
  });

  it('should say a timed-out action may still be applied, and a read only when to retry', () => {
    const late = classifyDependencyFailure(grpcFailure(4, 'Deadline exceeded'))!;
    expect(unavailableMessage(late, true, 5)).toMatch(
      /^The case did not answer in time .*may still be applied/,
    );
    const databaseDown = classifyDependencyFailure(sqlFailure('57P01', 'terminating connection'))!;
    expect(unavailableMessage(databaseDown, false, 3)).toBe(
      'The database (PostgreSQL) cannot be reached. Try again in 3 s. ' +
        'If it keeps happening, tell the operator (GET /health names what is down).',
    );
  });
});
