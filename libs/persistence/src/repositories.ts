import { AuditEventRepository } from './audit/audit-event.repository';
import { AuditChainHeadRepository } from './audit/audit-chain-head.repository';
import { CampaignRunRepository } from './campaigns/campaign-run.repository';
import { CampaignRepository } from './campaigns/campaign.repository';
import { CaseProjectionRepository } from './cases/case-projection.repository';
import { CaseRepository } from './cases/case.repository';
import { CaseWriteDeadLetterRepository } from './dead-letters/case-write-dead-letter.repository';
import { DatabasePingRepository } from './health/database-ping.repository';
import { JurisdictionRepository } from './jurisdictions/jurisdiction.repository';
import { MyCasesRepository } from './my/my-cases.repository';
import { CaseNotificationRepository } from './notifications/case-notification.repository';
import { NotificationRepository } from './notifications/notification.repository';
import { OutboxDeliveryRepository } from './outbox/outbox-delivery.repository';
import { OutboxRetentionRepository } from './outbox/outbox-retention.repository';
import { ProgressCountsRepository } from './progress/progress-counts.repository';
import { StandardRepository } from './standards/standard.repository';
import { TitleRepository } from './titles/title.repository';
import { Transactions } from './transactions';
import { WebhookSubscriptionRepository } from './webhooks/webhook-subscription.repository';
import { UserAccountsRepository } from './users/user-accounts.repository';
import { UserRepository } from './users/user.repository';

/**
 * Every repository the apps inject: one per aggregate, each holding all of that aggregate's statements
 * (written out in `queries/*.sql`). Services and activities take these, never a DataSource.
 */
export const REPOSITORIES = [
  AuditChainHeadRepository,
  AuditEventRepository,
  CampaignRepository,
  CampaignRunRepository,
  CaseProjectionRepository,
  CaseRepository,
  CaseNotificationRepository,
  CaseWriteDeadLetterRepository,
  DatabasePingRepository,
  JurisdictionRepository,
  MyCasesRepository,
  NotificationRepository,
  OutboxDeliveryRepository,
  OutboxRetentionRepository,
  ProgressCountsRepository,
  StandardRepository,
  TitleRepository,
  Transactions,
  UserAccountsRepository,
  UserRepository,
  WebhookSubscriptionRepository,
];
