import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { useInputTimeZone } from './common/date-time-input.decorator';
import { requestValidationPipe } from './common/validation.pipe';
import { registerBodyParsers } from './http-platform';

/** Everything main.ts and the e2e tests both apply to the app, so tests run the real thing. */
export async function configureApp(app: NestFastifyApplication): Promise<NestFastifyApplication> {
  app.useLogger(app.get(Logger));
  useInputTimeZone(app.get(AppConfig).TIME_ZONE);
  app.useGlobalPipes(requestValidationPipe());
  app.enableShutdownHooks();
  await registerBodyParsers(app);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('chuangjian 创建活动 API')
      .setDescription(
        'Creation campaigns: cases, standards, inspections, awards. Log in at POST /auth/login.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
