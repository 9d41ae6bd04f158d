export * from './app-config';
export * from './config.module';
export * from './logger.module';
export * from './network-list';
