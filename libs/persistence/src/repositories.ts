import { CampaignRepository } from './campaigns/campaign.repository';
import { CaseRepository } from './cases/case.repository';
import { DatabasePingRepository } from './health/database-ping.repository';
import { JurisdictionRepository } from './jurisdictions/jurisdiction.repository';
import { NotificationRepository } from './notifications/notification.repository';
import { ProgressCountsRepository } from './progress/progress-counts.repository';
import { StandardRepository } from './standards/standard.repository';
import { TitleRepository } from './titles/title.repository';
import { Transactions } from './transactions';
import { UserAccountsRepository } from './users/user-accounts.repository';
import { UserRepository } from './users/user.repository';

/**
 * Every repository the apps inject: one per aggregate, each holding all of that aggregate's statements
 * (written out in `queries/*.sql`). Services and activities take these, never a DataSource.
 */
export const REPOSITORIES = [
  CampaignRepository,
  CaseRepository,
  DatabasePingRepository,
  JurisdictionRepository,
  NotificationRepository,
  ProgressCountsRepository,
  StandardRepository,
  TitleRepository,
  Transactions,
  UserAccountsRepository,
  UserRepository,
];
