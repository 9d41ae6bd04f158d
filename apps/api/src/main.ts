import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@app/config';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

async function bootstrap(): Promise<void> {
  process.env.SERVICE_NAME ??= 'api';
  const app = configureApp(await NestFactory.create(AppModule, { bufferLogs: true }));
  const { API_PORT } = app.get(AppConfig);
  try {
    await app.listen(API_PORT);
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
