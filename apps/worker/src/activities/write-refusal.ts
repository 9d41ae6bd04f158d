import { QueryFailedError } from 'typeorm';

/** A write the database refused for what it holds; the same write would be refused again. */
export interface WriteRefusal {
  sqlState: string;
  message: string;
}

// SQLSTATE classes that describe the statement or its data, not the database's state: data exceptions
// (22: a NUL, a value out of range), integrity constraints (23), cardinality (21), unsupported features
// (0A), errors raised by triggers (P0), and syntax or access-rule errors (42: a missing column after a
// bad deploy, a revoked grant) that an operator must fix. Anything else — connections (08), conflicts
// and deadlocks (40), resources (53), shutdown (57), system (58) — may pass by itself and is retried.
const REFUSAL_CLASSES = new Set(['0A', '21', '22', '23', '42', 'P0']);

/**
 * The database's refusal of a write, if the error is one (see REFUSAL_CLASSES), else null: worth
 * retrying as it is. Reads PostgreSQL's SQLSTATE from TypeORM's QueryFailedError or a pg error.
 */
export function writeRefusalOf(error: unknown): WriteRefusal | null {
  const source = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  const code = (source as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  if (!REFUSAL_CLASSES.has(code.slice(0, 2))) return null;
  const message = error instanceof Error ? error.message : String(error);
  return { sqlState: code, message };
}
