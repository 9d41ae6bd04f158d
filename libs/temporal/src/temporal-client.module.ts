import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig } from '@app/config';

/** Owns the gRPC connection so it closes with the app. */
@Injectable()
export class TemporalConnectionHolder implements OnApplicationShutdown {
  readonly connection: Connection;

  constructor(@Inject(AppConfig) config: AppConfig) {
    // Lazy: the API starts (and /health reports Temporal down) even when the server is not up yet.
    this.connection = Connection.lazy({ address: config.TEMPORAL_ADDRESS });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

/** Provides the Temporal Client to the API (start workflows, send Updates, run Queries). */
@Global()
@Module({
  providers: [
    TemporalConnectionHolder,
    {
      provide: Client,
      inject: [TemporalConnectionHolder, AppConfig],
      useFactory: (holder: TemporalConnectionHolder, config: AppConfig) =>
        new Client({ connection: holder.connection, namespace: config.TEMPORAL_NAMESPACE }),
    },
  ],
  exports: [Client, TemporalConnectionHolder],
})
export class TemporalClientModule {}
