import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig } from '@app/config';

/**
 * How the gRPC channel reconnects after the server went away: grpc-js backs off up to 120 s by default,
 * which kept actions failing for 40 s after a restarted Temporal was back; 1 s finds it within a second.
 */
export const TEMPORAL_RECONNECT_BACKOFF_MS = { initial: 250, max: 1000 };

/** Owns the gRPC connection so it closes with the app. */
@Injectable()
export class TemporalConnectionHolder implements OnApplicationShutdown {
  readonly connection: Connection;

  constructor(@Inject(AppConfig) config: AppConfig) {
    // Lazy: the API starts (and /health reports Temporal down) even when the server is not up yet.
    this.connection = Connection.lazy({
      address: config.TEMPORAL_ADDRESS,
      channelArgs: {
        'grpc.initial_reconnect_backoff_ms': TEMPORAL_RECONNECT_BACKOFF_MS.initial,
        'grpc.max_reconnect_backoff_ms': TEMPORAL_RECONNECT_BACKOFF_MS.max,
      },
      // No retries inside a gRPC call (the SDK's default retried for ~20 s): callers retry within their
      // own budget — the API's requests through TemporalCalls, activities through Temporal's retry policy.
      interceptors: [],
    });
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
