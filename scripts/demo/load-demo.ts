import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { hash } from 'bcryptjs';
import { Client as PgClient } from 'pg';
import { CASE_TASK_QUEUE } from '@app/workflows/task-queues';
import { caseStartOptions } from '@app/workflows/community-case/case-start-options';
import { COMMUNITY_CASE_WORKFLOW } from '@app/workflows/community-case/community-case.contract';
import { DEMO_CAMPAIGN_ID, DEMO_COMMUNITIES, DEMO_PASSWORD, DEMO_USERS } from './demo-data';

async function loadUsers(databaseUrl: string): Promise<void> {
  const db = new PgClient({ connectionString: databaseUrl });
  await db.connect();
  try {
    const passwordHash = await hash(DEMO_PASSWORD, 10);
    for (const user of DEMO_USERS) {
      await db.query(
        `INSERT INTO app_user (username, display_name, password_hash, role, scope_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (username) DO NOTHING`,
        [user.username, user.displayName, passwordHash, user.role, user.scopeId],
      );
    }
  } finally {
    await db.end();
  }
}

/** Starts the demo campaign's cases once; a later start finds them (and what was done to them) still there. */
async function loadCases(client: Client, taskQueue: string): Promise<number> {
  const applicationDueAt = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
  let started = 0;
  for (const communityId of DEMO_COMMUNITIES) {
    try {
      const input = { campaignId: DEMO_CAMPAIGN_ID, communityId, applicationDueAt };
      await client.workflow.start(COMMUNITY_CASE_WORKFLOW, caseStartOptions(input, taskQueue));
      started += 1;
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }
  return started;
}

/** Loads the demo (users of every role, a running campaign's cases); safe to run on every start. */
export async function loadDemo(
  databaseUrl: string,
  client: Client,
  taskQueue = CASE_TASK_QUEUE,
): Promise<number> {
  await loadUsers(databaseUrl);
  return loadCases(client, taskQueue);
}
