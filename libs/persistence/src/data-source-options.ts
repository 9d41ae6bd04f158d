import { DataSourceOptions } from 'typeorm';
import { CaseProjectionEntity } from './entities/case-projection.entity';
import { UserEntity } from './entities/user.entity';
import { Foundation1764300000000 } from './migrations/1764300000000-foundation';

/** Listed explicitly (not globbed) so the same list works from ts sources, dist/ and a bundle. */
export const entities = [CaseProjectionEntity, UserEntity];
export const migrations = [Foundation1764300000000];

/** TypeORM options for one database URL; the schema only ever changes through migrations. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'schema_migrations',
    extra: { max: 10 },
  };
}
