import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ConfigModule, LoggerModule } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { TemporalClientModule } from '@app/temporal';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { DomainExceptionFilter } from './common/domain-exception.filter';
import { HealthModule } from './health/health.module';

@Module({
  imports: [
    ConfigModule,
    LoggerModule,
    PersistenceModule,
    TemporalClientModule,
    AuthModule,
    HealthModule,
    CasesModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: DomainExceptionFilter }],
})
export class AppModule {}
