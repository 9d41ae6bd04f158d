import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { CaseWriteDeadLetterRepository } from '@app/persistence';

const LISTED = 20;

/**
 * Case writes the database refused (dead letters). Stays `up` — one case's write is not the API being
 * unavailable, and a 503 would take a healthy API out of its load balancer — but lists the open dead
 * letters and carries `alert` while there are any. `down` only when they cannot be read.
 */
@Injectable()
export class CaseWritesHealthIndicator {
  constructor(
    private readonly deadLetters: CaseWriteDeadLetterRepository,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(key: string, timeoutMs = 2000): Promise<HealthIndicatorResult> {
    const session = this.indicator.check(key);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const { total, letters } = await Promise.race([this.deadLetters.open(LISTED), timeout]);
      const cases = letters.map(({ id, workflowId, errorCode, firstFailedAt }) => ({
        id,
        workflowId,
        errorCode,
        since: firstFailedAt,
      }));
      if (total === 0) return session.up({ deadLetters: 0 });
      const alert = `${total} case write(s) refused by the database and held; see GET /dead-letters`;
      return session.up({ deadLetters: total, alert, cases });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return session.down({ message: `could not read the dead letters: ${reason}` });
    } finally {
      clearTimeout(timer);
    }
  }
}
