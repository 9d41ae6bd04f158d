export * from './data-source-options';
export * from './database-admin';
export * from './persistence.module';
export * from './entities/case-projection.entity';
export * from './entities/user.entity';
