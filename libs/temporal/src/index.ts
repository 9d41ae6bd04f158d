export * from './temporal-client.module';
export * from './workflow-query';
