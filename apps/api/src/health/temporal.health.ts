import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { TemporalConnectionHolder } from '@app/temporal';

/** Temporal is up when its frontend answers the gRPC health check within the timeout. */
@Injectable()
export class TemporalHealthIndicator {
  constructor(
    private readonly holder: TemporalConnectionHolder,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(key: string, timeoutMs = 2000): Promise<HealthIndicatorResult> {
    const session = this.indicator.check(key);
    try {
      await this.holder.connection.withDeadline(Date.now() + timeoutMs, () =>
        this.holder.connection.workflowService.getSystemInfo({}),
      );
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
