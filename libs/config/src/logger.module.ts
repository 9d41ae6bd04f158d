import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { AppConfig } from './config.module';

/** Structured JSON logs (pino) with a request id on every HTTP log line; honours an incoming X-Request-Id. */
@Module({
  imports: [
    PinoLoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          genReqId: (request, response) => {
            const incoming = request.headers['x-request-id'];
            const id = typeof incoming === 'string' && incoming.length <= 100 ? incoming : randomUUID();
            response.setHeader('X-Request-Id', id);
            return id;
          },
          // Health probes arrive every few seconds; logging each would drown the rest.
          autoLogging: { ignore: (request) => request.url === '/health' },
          customProps: () => ({ service: process.env.SERVICE_NAME ?? 'chuangjian' }),
          redact: ['req.headers.authorization', 'req.headers.cookie'],
        },
      }),
    }),
  ],
})
export class LoggerModule {}
