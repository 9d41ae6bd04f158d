import { QueryFailedError } from 'typeorm';

/** Whether a write failed on a PostgreSQL unique constraint (23505), so it can answer 409 instead of 500. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  return (error.driverError as { code?: unknown }).code === '23505';
}
