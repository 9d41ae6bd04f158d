import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppConfig } from '@app/config';
import { Public } from '../auth/public.decorator';

/** What the console reads from the deployment before it starts, as `window.__CHUANGJIAN__`. */
export interface ConsoleSettings {
  /** The IANA zone every time is shown and read in (TIME_ZONE). */
  timeZone: string;
}

/**
 * `/console/settings.js`, loaded by the console's index.html before its own code, so the pages show and
 * read times in the deployment's TIME_ZONE rather than a zone built into the bundle. A script rather than
 * a JSON request: it runs before the first render, with no extra round trip in the app's own code.
 */
@ApiExcludeController()
@Public()
@Controller('console')
export class ConsoleSettingsController {
  constructor(private readonly config: AppConfig) {}

  @Get('settings.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  settings(): string {
    const settings: ConsoleSettings = { timeZone: this.config.TIME_ZONE };
    return `window.__CHUANGJIAN__ = ${JSON.stringify(settings)};\n`;
  }
}
