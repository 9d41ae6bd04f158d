import {
  isGrpcServiceError,
  ServiceError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { QueryFailedError } from 'typeorm';

/** The codes of a 503: which dependency failed, or that the same request may simply be sent again. */
export enum DependencyFailureCode {
  /** The Temporal server cannot be reached (down, restarting, network). */
  TEMPORAL_UNAVAILABLE = 'TEMPORAL_UNAVAILABLE',
  /** PostgreSQL cannot be reached, is shutting down or starting up, or refuses new connections. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** Both are up but did not answer in time: a worker restarting, a workflow task being retried, overload. */
  TRY_AGAIN = 'TRY_AGAIN',
}

export type Dependency = 'temporal' | 'database';

/** What went wrong with a dependency, as the API answers it and decides whether to try again. */
export interface DependencyFailure {
  code: DependencyFailureCode;
  dependency: Dependency;
  /** The same call may well succeed if sent again in a moment (the API retries these within its budget). */
  transient: boolean;
  /** For the log, never for the client: the driver's own words. */
  reason: string;
}

// Node's socket errors: nothing listening, the peer gone, a network path missing, DNS.
const SOCKET_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// What pg and pg-pool say when the server went away or never answered (they carry no code).
const PG_CONNECTION_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'timeout expired',
  'Client has encountered a connection error and is not queryable',
  'Query read timeout',
];
// The pool had no free connection within its timeout: the database is busy (or hung), not gone.
const PG_POOL_EXHAUSTED = 'timeout exceeded when trying to connect';

// SQLSTATEs (PostgreSQL appendix A) that mean the server is not there for us, and ones worth a retry.
const SQLSTATE_UNAVAILABLE = /^(08|57P0[1-4]|53[0-9A-Z]{3}$|3D000$|28000$|28P01$)/;
const SQLSTATE_TRY_AGAIN = new Set([
  '53300', // too_many_connections
  '57014', // query_canceled: statement_timeout
  '55P03', // lock_not_available
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);

// gRPC status codes (grpc/doc/statuscodes.md), as @grpc/grpc-js reports them.
enum GrpcStatus {
  CANCELLED = 1,
  DEADLINE_EXCEEDED = 4,
  RESOURCE_EXHAUSTED = 8,
  FAILED_PRECONDITION = 9,
  ABORTED = 10,
  INTERNAL = 13,
  UNAVAILABLE = 14,
}

interface GrpcError extends Error {
  code: GrpcStatus;
  details: string;
}

/**
 * Whether an error means a dependency (Temporal or PostgreSQL) is down or overloaded, and how the API
 * answers it. Knows the shapes @temporalio/client, @grpc/grpc-js, pg, pg-pool and TypeORM produce;
 * `undefined` for everything else (a bug, a rule, bad input), which keeps its own mapping.
 */
export function classifyDependencyFailure(error: unknown): DependencyFailure | undefined {
  return temporalFailure(error) ?? databaseFailure(error);
}

function temporalFailure(error: unknown): DependencyFailure | undefined {
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    // The call ran out of time waiting for the workflow (no worker took its task): it may still be applied.
    return temporal(DependencyFailureCode.TRY_AGAIN, false, error.message);
  }
  const grpc = grpcErrorIn(error);
  if (!grpc) return undefined;
  const reason = `${GrpcStatus[grpc.code] ?? grpc.code}: ${grpc.details}`;
  switch (grpc.code) {
    case GrpcStatus.UNAVAILABLE:
      return temporal(DependencyFailureCode.TEMPORAL_UNAVAILABLE, true, reason);
    case GrpcStatus.DEADLINE_EXCEEDED:
    case GrpcStatus.CANCELLED:
      return temporal(DependencyFailureCode.TRY_AGAIN, false, reason);
    case GrpcStatus.RESOURCE_EXHAUSTED:
    case GrpcStatus.ABORTED:
      return temporal(DependencyFailureCode.TRY_AGAIN, true, reason);
    case GrpcStatus.FAILED_PRECONDITION:
      // The server refuses Updates and Queries while the workflow's last task failed (its worker was
      // killed mid-task); the next worker to take the task clears it.
      return /Workflow Task in failed state|workflow is closing/i.test(grpc.details)
        ? temporal(DependencyFailureCode.TRY_AGAIN, true, reason)
        : undefined;
    case GrpcStatus.INTERNAL:
      // Only transport resets (the server restarting under the call); other INTERNALs are bugs.
      return /RST_STREAM|Call ended without gRPC status/i.test(grpc.details)
        ? temporal(DependencyFailureCode.TEMPORAL_UNAVAILABLE, true, reason)
        : undefined;
    default:
      return undefined;
  }
}

/** The gRPC status error itself, or the one a Temporal ServiceError wraps. */
function grpcErrorIn(error: unknown): GrpcError | undefined {
  const grpc = error instanceof ServiceError ? error.cause : error;
  return isGrpcServiceError(grpc) ? (grpc as unknown as GrpcError) : undefined;
}

interface DriverError {
  message: string;
  code?: unknown;
  errors?: unknown;
}

/** Errors Node's sockets raise come from another realm under jest (and vm contexts): test the shape, not the class. */
function isDriverError(value: unknown): value is DriverError {
  return typeof value === 'object' && value !== null && typeof (value as DriverError).message === 'string';
}

function databaseFailure(error: unknown): DependencyFailure | undefined {
  const driverError: unknown = error instanceof QueryFailedError ? error.driverError : error;
  if (!isDriverError(driverError)) return undefined;
  const { code, errors } = driverError;
  const reason = `${typeof code === 'string' ? `${code}: ` : ''}${driverError.message}`;
  if (typeof code === 'string' && SOCKET_ERRORS.has(code)) return database(true, reason);
  if (Array.isArray(errors) && errors.some((each) => databaseFailure(each))) {
    return database(true, reason); // an AggregateError: every address of the host refused
  }
  if (driverError.message === PG_POOL_EXHAUSTED) return tryAgainDatabase(reason);
  if (PG_CONNECTION_MESSAGES.includes(driverError.message)) return database(true, reason);
  if (typeof code === 'string' && SQLSTATE_TRY_AGAIN.has(code)) return tryAgainDatabase(reason);
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && SQLSTATE_UNAVAILABLE.test(code)) {
    return database(true, reason);
  }
  return undefined;
}

function temporal(code: DependencyFailureCode, transient: boolean, reason: string): DependencyFailure {
  return { code, dependency: 'temporal', transient, reason };
}

function database(transient: boolean, reason: string): DependencyFailure {
  return { code: DependencyFailureCode.DATABASE_UNAVAILABLE, dependency: 'database', transient, reason };
}

function tryAgainDatabase(reason: string): DependencyFailure {
  return { code: DependencyFailureCode.TRY_AGAIN, dependency: 'database', transient: true, reason };
}
