import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import {
  CampaignRunRepository,
  CaseNotificationRepository,
  CaseProjectionRepository,
  CaseWriteDeadLetterRepository,
  dataSourceOptions,
} from '@app/persistence';
import { CaseDeadLetterActivities } from '../../apps/worker/src/activities/case-dead-letter.activities';
import { CaseProjectionActivities } from '../../apps/worker/src/activities/case-projection.activities';
import { NotificationActivities } from '../../apps/worker/src/activities/notification.activities';
import { CampaignBulkActivities } from '../../apps/worker/src/activities/campaign.activities';
import {
  campaignActivities,
  caseActivities,
  createCaseWorker,
} from '../../apps/worker/src/temporal/case-worker';
import type { CaseActivities } from '@app/workflows/community-case/case-activities.contract';
import { quietRuntime } from './quiet-runtime';

/** A real Worker (same definition as apps/worker) on its own task queue, plus a client and the database. */
export interface WorkerHarness {
  taskQueue: string;
  client: Client;
  dataSource: DataSource;
  startWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/** `overrides` replaces some of the case activities (e.g. to hold a write back and watch what happens). */
export async function createWorkerHarness(
  taskQueue = `test-${randomUUID()}`,
  overrides: Partial<CaseActivities> = {},
): Promise<WorkerHarness> {
  quietRuntime();
  const address = process.env.TEMPORAL_ADDRESS!;
  const dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL!)).initialize();
  const connection = await Connection.connect({ address });
  const nativeConnection = await NativeConnection.connect({ address });
  const client = new Client({ connection });
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;

  const harness: WorkerHarness = {
    taskQueue,
    client,
    dataSource,
    async startWorker() {
      worker = await createCaseWorker({
        connection: nativeConnection,
        namespace: 'default',
        taskQueue,
        workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! },
        activities: {
          ...caseActivities(
            new CaseProjectionActivities(new CaseProjectionRepository(dataSource)),
            new NotificationActivities(new CaseNotificationRepository(dataSource)),
            new CaseDeadLetterActivities(new CaseWriteDeadLetterRepository(dataSource)),
          ),
          ...campaignActivities(new CampaignBulkActivities(new CampaignRunRepository(dataSource), client)),
          ...overrides,
        },
      });
      running = worker.run();
    },
    async stopWorker() {
      if (worker?.getState() === 'RUNNING') worker.shutdown();
      await running;
      worker = undefined;
    },
    async close() {
      await harness.stopWorker();
      await nativeConnection.close();
      await connection.close();
      await dataSource.destroy();
    },
  };
  await harness.startWorker();
  return harness;
}
