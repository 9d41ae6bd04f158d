import { Module, OnModuleInit } from '@nestjs/common';
import { ApplicationConfig, HttpAdapterHost } from '@nestjs/core';
import { FastifyLoader } from '@nestjs/serve-static/dist/loaders/fastify.loader';
import type { ServeStaticModuleOptions } from '@nestjs/serve-static';
import type { ServerResponse } from 'node:http';
import { AppConfig } from '@app/config';
import { ConsoleRedirectController } from './console-redirect.controller';
import { ConsoleSettingsController } from './console-settings.controller';

/** Where the console is served: same origin as the API, so no CORS and no second server. */
export const CONSOLE_ROOT = '/console';

type HeaderTarget = Pick<ServerResponse, 'setHeader'> | { header(name: string, value: string): unknown };

function setHeader(response: HeaderTarget, name: string, value: string): void {
  if ('setHeader' in response) response.setHeader(name, value);
  else response.header(name, value);
}

/** How @nestjs/serve-static serves the console: files as they are, every other path under it index.html. */
export function consoleStaticOptions(consoleDir: string): ServeStaticModuleOptions {
  return {
    rootPath: consoleDir,
    serveRoot: CONSOLE_ROOT,
    serveStaticOptions: {
      fallthrough: true,
      // Our own Cache-Control below; @fastify/static's would overwrite it with max-age=0.
      cacheControl: false,
      setHeaders: (response: HeaderTarget, path: string) =>
        setHeader(
          response,
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    },
  };
}

/**
 * The web console (apps/web, built by Vite into CONSOLE_DIR) at /console/. Files are served as they are;
 * any other path under /console/ falls through to index.html, so a reload on a deep link works and the
 * console's router takes over. Hashed assets are cached for a year, index.html never.
 *
 * @nestjs/serve-static's Fastify loader is called here, at init, rather than through ServeStaticModule:
 * the module picks its loader when its providers are built, which in a testing module is before the HTTP
 * adapter exists (it would silently serve nothing in the e2e tests).
 */
@Module({ controllers: [ConsoleRedirectController, ConsoleSettingsController] })
export class ConsoleModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly applicationConfig: ApplicationConfig,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    new FastifyLoader().register(this.adapterHost.httpAdapter, this.applicationConfig, [
      consoleStaticOptions(this.config.CONSOLE_DIR),
    ]);
  }
}
