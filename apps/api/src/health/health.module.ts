import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { CaseWritesHealthIndicator } from './case-writes.health';
import { DatabaseHealthIndicator } from './database.health';
import { HealthController } from './health.controller';
import { TemporalHealthIndicator } from './temporal.health';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  controllers: [HealthController],
  providers: [DatabaseHealthIndicator, TemporalHealthIndicator, CaseWritesHealthIndicator],
})
export class HealthModule {}
