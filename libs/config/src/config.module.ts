import { Global, Module } from '@nestjs/common';
import { AppConfigValues, loadConfig } from './app-config';

/** Injection token and type for the validated configuration (a class, so no string tokens). */
// The class is the DI token; the merged interface gives it the validated fields.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class AppConfig {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface AppConfig extends AppConfigValues {}

/** Validates the environment once at boot and provides it everywhere as AppConfig. */
@Global()
@Module({
  providers: [{ provide: AppConfig, useFactory: () => loadConfig() }],
  exports: [AppConfig],
})
export class ConfigModule {}
