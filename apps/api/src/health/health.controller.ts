import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthIndicatorResult } from '@nestjs/terminus';
import { AppConfig } from '@app/config';
import { Public } from '../auth/public.decorator';
import { DependencyFailureCode } from '../common/dependency-failure';
import { CaseWritesHealthIndicator } from './case-writes.health';
import { DatabaseHealthIndicator } from './database.health';
import { TemporalHealthIndicator } from './temporal.health';

/** Each dependency's state: `up`, or `down` with the driver's words. */
export type HealthDetails = HealthIndicatorResult;

export interface HealthReport {
  status: 'ok';
  info: HealthDetails;
  error: HealthDetails;
  details: HealthDetails;
}

// In the order a 503 names them; its code is the first one down.
const DEPENDENCIES = [
  { key: 'database', name: 'PostgreSQL', code: DependencyFailureCode.DATABASE_UNAVAILABLE },
  { key: 'temporal', name: 'Temporal', code: DependencyFailureCode.TEMPORAL_UNAVAILABLE },
];

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
    private readonly caseWrites: CaseWritesHealthIndicator,
    private readonly config: AppConfig,
  ) {}

  /**
   * PostgreSQL and Temporal checked side by side, each within HEALTH_TIMEOUT_MS (a hung one cannot hold
   * the answer up). 503 names in its message what is down, with the code of the first (DATABASE_UNAVAILABLE
   * or TEMPORAL_UNAVAILABLE) and every dependency's state in `details`. `caseWrites` lists case writes
   * the database refused (dead letters) with an `alert`, without making the answer a 503.
   */
  @Public()
  @Get()
  @ApiOkResponse({ description: 'both up' })
  @ApiServiceUnavailableResponse({ description: 'one or both down; the message names which' })
  async check(): Promise<HealthReport> {
    const timeoutMs = this.config.HEALTH_TIMEOUT_MS;
    const results = await Promise.all([
      this.database.check('database', timeoutMs),
      this.temporal.check('temporal', timeoutMs),
      this.caseWrites.check('caseWrites', timeoutMs),
    ]);
    const details: HealthDetails = Object.assign({}, ...results);
    const isDown = (key: string) => details[key].status === 'down';
    const down = DEPENDENCIES.filter(({ key }) => isDown(key));
    const pick = (keys: string[]) => Object.fromEntries(keys.map((key) => [key, details[key]]));
    const up = DEPENDENCIES.filter(({ key }) => !isDown(key));
    if (down.length === 0) return { status: 'ok', info: details, error: {}, details };
    throw new ServiceUnavailableException({
      code: down[0].code,
      message: [
        `Down: ${down.map(({ key, name }) => `${name} (${String(details[key].message)})`).join(', ')}.`,
        up.length > 0 ? `Up: ${up.map(({ name }) => name).join(', ')}.` : '',
      ]
        .join(' ')
        .trim(),
      details: {
        status: 'error',
        info: pick(up.map(({ key }) => key)),
        error: pick(down.map(({ key }) => key)),
        details,
      },
    });
  }
}
