import { DataSourceOptions } from 'typeorm';
import { AuditEventEntity } from './entities/audit-event.entity';
import { CampaignEntity } from './entities/campaign.entity';
import { CaseProjectionEntity } from './entities/case-projection.entity';
import { JurisdictionEntity } from './entities/jurisdiction.entity';
import { StandardEntity } from './entities/standard.entity';
import { UserEntity } from './entities/user.entity';
import { Foundation1764300000000 } from './migrations/1764300000000-foundation';
import { AuditTrail1764400000000 } from './migrations/1764400000000-audit-trail';
import { ReferenceData1764500000000 } from './migrations/1764500000000-reference-data';
import { CaseLifecycle1764600000000 } from './migrations/1764600000000-case-lifecycle';
import { NotificationEntity } from './entities/notification.entity';

/** Listed explicitly (not globbed) so the same list works from ts sources, dist/ and a bundle. */
export const entities = [
  CaseProjectionEntity,
  UserEntity,
  AuditEventEntity,
  NotificationEntity,
  JurisdictionEntity,
  StandardEntity,
  CampaignEntity,
];
export const migrations = [
  Foundation1764300000000,
  AuditTrail1764400000000,
  ReferenceData1764500000000,
  CaseLifecycle1764600000000,
];

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
