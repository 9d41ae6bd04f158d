import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/public.decorator';
import { CaseWritesHealthIndicator } from './case-writes.health';
import { TemporalHealthIndicator } from './temporal.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
    private readonly caseWrites: CaseWritesHealthIndicator,
  ) {}

  /**
   * PostgreSQL and Temporal reported separately; 503 when either is down. `caseWrites` lists case writes
   * the database refused (dead letters) with an `alert`, without making the answer a 503.
   */
  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.temporal.check('temporal'),
      () => this.caseWrites.check('caseWrites'),
    ]);
  }
}
