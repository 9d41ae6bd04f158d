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
import { WorkingCalendar1765500000000 } from './migrations/1765500000000-working-calendar';
import { UserAccounts1765200000000 } from './migrations/1765200000000-user-accounts';
import { OutboxRetention1765300000000 } from './migrations/1765300000000-outbox-retention';
import { CaseWriteDeadLetter1765310000000 } from './migrations/1765310000000-case-write-dead-letter';
import { AuditChainHead1765320000000 } from './migrations/1765320000000-audit-chain-head';
import { SettledDeliveryNextAttempt1765600000000 } from './migrations/1765600000000-settled-delivery-next-attempt';
import { Console1765700000000 } from './migrations/1765700000000-console';
import { CaseBatches1766400000000 } from './migrations/1766400000000-case-batches';
import { CaseListIndexes1766600000000 } from './migrations/1766600000000-case-list-indexes';
import { CaseBatchStopAndPages1766750000000 } from './migrations/1766750000000-case-batch-stop-and-pages';

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
  UserAccounts1765200000000,
  OutboxRetention1765300000000,
  CaseWriteDeadLetter1765310000000,
  AuditChainHead1765320000000,
  WorkingCalendar1765500000000,
  SettledDeliveryNextAttempt1765600000000,
  Console1765700000000,
  CaseBatches1766400000000,
  CaseListIndexes1766600000000,
  CaseBatchStopAndPages1766750000000,
];

/** How long the api and the worker wait on PostgreSQL before a request fails (and answers 503). */
export interface DatabaseTimeouts {
  /** Connecting, or waiting for a free pooled connection. */
  connectMs: number;
  /** One statement: the server cancels it after this long. */
  statementMs: number;
}

/**
 * TypeORM options for one database URL; the schema only ever changes through migrations. With
 * `timeouts` every wait on the server is bounded (the apps); without (migrations, scripts) none is.
 */
export function dataSourceOptions(url: string, timeouts?: DatabaseTimeouts): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'schema_migrations',
    extra: { max: 10, ...(timeouts && poolTimeouts(timeouts)) },
  };
}

/** pg's pool and client options for the given bounds. */
function poolTimeouts({ connectMs, statementMs }: DatabaseTimeouts): Record<string, unknown> {
  return {
    connectionTimeoutMillis: connectMs,
    statement_timeout: statementMs,
    // The client's own limit, a little later: it stops waiting for a server that no longer answers at all.
    query_timeout: statementMs + 2000,
    // TCP keepalive: a connection whose server vanished is noticed instead of waited on.
    keepAlive: true,
  };
}
