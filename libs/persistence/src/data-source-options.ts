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
import { TitlesAndProgress1764700000000 } from './migrations/1764700000000-titles-and-progress';
import { LazyCaseStart1764800000000 } from './migrations/1764800000000-lazy-case-start';
import { NotificationEntity } from './entities/notification.entity';
import { OutboxDeliveryEntity } from './entities/outbox-delivery.entity';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import { WebhookSubscriptionEntity } from './entities/webhook-subscription.entity';
import { Outbox1764750000000 } from './migrations/1764750000000-outbox';
import { Console1765700000000 } from './migrations/1765700000000-console';

/** Listed explicitly (not globbed) so the same list works from ts sources, dist/ and a bundle. */
export const entities = [
  CaseProjectionEntity,
  UserEntity,
  AuditEventEntity,
  NotificationEntity,
  JurisdictionEntity,
  StandardEntity,
  CampaignEntity,
  WebhookSubscriptionEntity,
  OutboxMessageEntity,
  OutboxDeliveryEntity,
];
export const migrations = [
  Foundation1764300000000,
  AuditTrail1764400000000,
  ReferenceData1764500000000,
  CaseLifecycle1764600000000,
  TitlesAndProgress1764700000000,
  Outbox1764750000000,
  LazyCaseStart1764800000000,
  Console1765700000000,
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
