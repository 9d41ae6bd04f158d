import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { DatabasePingRepository } from '@app/persistence';
import { withinTime } from './within-time';

/** PostgreSQL is up when `SELECT 1` through the app's own pool answers within the timeout. */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly database: DatabasePingRepository,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(key: string, timeoutMs: number): Promise<HealthIndicatorResult> {
    const session = this.indicator.check(key);
    try {
      await withinTime(this.database.ping(), timeoutMs);
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
