import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { TemporalConnectionHolder } from '@app/temporal';
import { classifyDependencyFailure, DependencyFailure, DependencyFailureCode } from './dependency-failure';
import { DependencyUnavailableError } from './dependency-unavailable.error';

export interface TemporalCallOptions {
  /** Epoch ms after which nothing of this call may still be waiting; default TEMPORAL_TIMEOUT_MS from now. */
  deadline?: number;
  /** An action (an Update): its 503 then says how to retry it without acting twice. */
  action?: boolean;
}

/** The pause before retry `attempt` (0-based): 100 ms doubling to 1 s, so a blip costs little and recovery is seen within a second. */
export function retryPauseMs(attempt: number): number {
  return Math.min(100 * 2 ** attempt, 1000);
}

/**
 * Every call the API makes to Temporal goes through here: each gRPC request it makes carries the
 * deadline, and a transient failure (server unreachable, workflow task being retried after a worker died,
 * overload) is tried again until the deadline. What is left when time runs out becomes a
 * DependencyUnavailableError (503 with a code); any other error is thrown unchanged.
 *
 * Retrying is safe because every call is idempotent on the server: Updates carry a fixed update id (the
 * caller sets it once per request), starts a fixed workflow id, queries change nothing.
 */
@Injectable()
export class TemporalCalls {
  constructor(
    private readonly holder: TemporalConnectionHolder,
    private readonly config: AppConfig,
  ) {}

  /** Epoch ms `budgetMs` from now (default TEMPORAL_TIMEOUT_MS): share one across a request's calls. */
  deadline(budgetMs = this.config.TEMPORAL_TIMEOUT_MS): number {
    return Date.now() + budgetMs;
  }

  async run<T>(
    call: () => Promise<T>,
    { deadline = this.deadline(), action = false }: TemporalCallOptions = {},
  ): Promise<T> {
    let unreachable: DependencyFailure | undefined;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.holder.connection.withDeadline(deadline, call);
      } catch (error) {
        const failure = classifyDependencyFailure(error);
        if (failure?.dependency !== 'temporal') throw error;
        if (failure.code === DependencyFailureCode.TEMPORAL_UNAVAILABLE) unreachable = failure;
        const pause = retryPauseMs(attempt);
        if (!failure.transient || Date.now() + pause >= deadline) {
          // Out of time after the server was unreachable: that is the news, not the deadline itself.
          throw new DependencyUnavailableError(
            failure.transient ? failure : (unreachable ?? failure),
            action,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }
}
