import { AppConfig } from '@app/config';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { DomainError, DomainErrorCode } from '@app/domain';
import { UserRole } from '@app/persistence';
import type { AuthenticatedActor } from '../../apps/api/src/auth/authenticated-actor';
import { passwordHasher } from '../../apps/api/src/auth/password-hasher';
import { CampaignLaunchService } from '../../apps/api/src/campaigns/campaign-launch.service';
import { CampaignWorkflowClient } from '../../apps/api/src/campaigns/campaign-workflow.client';
import { CampaignsService } from '../../apps/api/src/campaigns/campaigns.service';
import { JurisdictionsService } from '../../apps/api/src/jurisdictions/jurisdictions.service';
import { StandardsService } from '../../apps/api/src/standards/standards.service';
import { DEMO_CAMPAIGN_ID, DEMO_PASSWORD, DEMO_TREE, DEMO_USERS, demoCampaign } from './demo-data';
import { DEMO_STANDARD } from './demo-standard';
import { DemoModule } from './demo.module';

/** What the loader did this time; everything is skipped when the demo is already there. */
export interface DemoSummary {
  jurisdictionsCreated: number;
  standardCreated: boolean;
  campaignCreated: boolean;
  casesOpened: number;
}

/** Runs `create`, treating 409 (already there from an earlier start) as "nothing to do". */
async function unlessPresent(create: () => Promise<unknown>): Promise<boolean> {
  try {
    await create();
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === DomainErrorCode.CONFLICT) return false;
    throw error;
  }
}

/**
 * Demo users keep any password changed since (and whether they were disabled); name, role and scope
 * follow the demo data, and a role or scope put back refuses the tokens issued for the other one.
 */
async function upsertUsers(dataSource: DataSource): Promise<void> {
  const passwordHash = await passwordHasher.hash(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await dataSource.query(
      `INSERT INTO app_user (username, display_name, password_hash, role, scope_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (username) DO UPDATE SET display_name = $2, role = $4, scope_id = $5,
         token_version = app_user.token_version
           + CASE WHEN (app_user.role, app_user.scope_id) IS DISTINCT FROM ($4, $5) THEN 1 ELSE 0 END`,
      [user.username, user.displayName, passwordHash, user.role, user.scopeId],
    );
  }
}

/** A demo user as the API would see it after logging in. */
async function actorOf(dataSource: DataSource, username: string): Promise<AuthenticatedActor> {
  const [row] = await dataSource.query<
    { id: string; display_name: string; role: UserRole; scope_id: string | null; path: string | null }[]
  >(
    `SELECT u.id, u.display_name, u.role, u.scope_id, j.path
       FROM app_user u LEFT JOIN jurisdiction j ON j.id = u.scope_id WHERE u.username = $1`,
    [username],
  );
  return {
    userId: row.id,
    displayName: row.display_name,
    role: row.role,
    scopeId: row.scope_id,
    scopePath: row.path,
  };
}

async function loadCampaign(app: INestApplicationContext, organizer: AuthenticatedActor) {
  const campaigns = app.get(CampaignsService);
  const campaignCreated = await unlessPresent(() =>
    campaigns.create(organizer, demoCampaign(Date.now(), app.get(AppConfig).TIME_ZONE)),
  );
  const campaign = await campaigns.get(organizer, DEMO_CAMPAIGN_ID);
  // A DRAFT is new, or an earlier start stopped mid-launch; launching again finishes it.
  const launch =
    campaign.status === 'DRAFT'
      ? await app.get(CampaignLaunchService).launch(organizer, DEMO_CAMPAIGN_ID)
      : null;
  // The campaign workflow (idempotent), in case Temporal's state was removed (make clean) but not the database.
  if (campaign.status === 'LAUNCHED') await app.get(CampaignWorkflowClient).start(campaign);
  return { campaignCreated, casesOpened: launch?.casesOpened ?? 0 };
}

/**
 * Loads the demo through the API's own services (same validation, scope checks and audit trail as
 * HTTP): users of every role, the jurisdiction tree, the 平安社区 standard and the launched campaign
 * demo-2026-pingan. Safe to run on every start: whatever is already there is left as it is.
 */
export async function loadDemo(env: NodeJS.ProcessEnv): Promise<DemoSummary> {
  const app = await NestFactory.createApplicationContext(DemoModule.of(loadConfig(env)), {
    logger: ['error', 'warn'],
  });
  try {
    const dataSource = app.get(DataSource);
    await upsertUsers(dataSource);
    const admin = await actorOf(dataSource, 'admin');
    let jurisdictionsCreated = 0;
    for (const node of DEMO_TREE) {
      if (await unlessPresent(() => app.get(JurisdictionsService).create(admin, node)))
        jurisdictionsCreated += 1;
    }
    // Read after the tree exists: the organizer's scope path comes from it.
    const organizer = await actorOf(dataSource, 'organizer');
    const standardCreated = await unlessPresent(() =>
      app.get(StandardsService).create(organizer, DEMO_STANDARD),
    );
    return { jurisdictionsCreated, standardCreated, ...(await loadCampaign(app, organizer)) };
  } finally {
    await app.close();
  }
}
