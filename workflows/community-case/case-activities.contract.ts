import type { CaseState } from '@app/domain';

/** What the case workflow asks of the outside world; implemented by apps/worker, each call idempotent. */
export interface CaseActivities {
  /** Writes the case file to the read model unless a newer version (seq) is already there. */
  projectCase(state: CaseState): Promise<void>;
}
