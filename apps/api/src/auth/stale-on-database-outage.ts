import { AppConfig } from '@app/config';
import { classifyDependencyFailure, DependencyFailureCode } from '../common/dependency-failure';
import { StaleOnOutage } from '../common/expiring-cache';

/**
 * The account and campaign checks answer from what they last read while PostgreSQL is down, for at most
 * ACCESS_STALE_ON_OUTAGE_MS after it expired: an action on a started case needs only Temporal, and must not
 * become a 503 because the token's account could not be read again. A change made through this process
 * is forgotten at once and so never stands in.
 */
export function staleOnDatabaseOutage(config: AppConfig): StaleOnOutage {
  return {
    maxStaleMs: config.ACCESS_STALE_ON_OUTAGE_MS,
    isOutage: (error) =>
      classifyDependencyFailure(error)?.code === DependencyFailureCode.DATABASE_UNAVAILABLE,
  };
}
