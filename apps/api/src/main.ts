import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@app/config';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { httpAdapter } from './http-platform';

async function bootstrap(): Promise<void> {
  process.env.SERVICE_NAME ??= 'api';
  const app = await configureApp(
    await NestFactory.create<NestFastifyApplication>(AppModule, httpAdapter(), { bufferLogs: true }),
  );
  const { API_PORT } = app.get(AppConfig);
  try {
    // Every interface, as Express listened: Fastify alone would take only localhost.
    await app.listen(API_PORT, '0.0.0.0');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`port ${API_PORT} is already in use; set API_PORT to another port`);
    }
    throw error;
  }
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`api failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
