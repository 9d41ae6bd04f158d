import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
import { dataSourceOptions } from './data-source-options';
import { REPOSITORIES } from './repositories';

/**
 * The TypeORM connection for api and worker, and the repositories over it (global: any service may take
 * one); migrations are run by the start script, not here.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        dataSourceOptions(config.DATABASE_URL, {
          connectMs: config.DATABASE_CONNECT_TIMEOUT_MS,
          statementMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
        }),
    }),
  ],
  providers: REPOSITORIES,
  exports: REPOSITORIES,
})
export class PersistenceModule {}
