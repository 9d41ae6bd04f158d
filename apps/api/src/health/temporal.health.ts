import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { TemporalConnectionHolder } from '@app/temporal';
import { withinTime } from './within-time';

/** Temporal is up when its frontend answers GetSystemInfo within the timeout. */
@Injectable()
export class TemporalHealthIndicator {
  constructor(
    private readonly holder: TemporalConnectionHolder,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(key: string, timeoutMs: number): Promise<HealthIndicatorResult> {
    const session = this.indicator.check(key);
    const { connection } = this.holder;
    try {
      // The gRPC deadline ends the call; the race also bounds a connection still being set up.
      await withinTime(
        connection.withDeadline(Date.now() + timeoutMs, () => connection.workflowService.getSystemInfo({})),
        timeoutMs,
      );
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
