import { NativeConnection, Worker, WorkflowBundleOption } from '@temporalio/worker';
import type { CampaignActivities } from '@app/workflows/campaign/campaign-activities.contract';
import type { CaseActivities } from '@app/workflows/community-case/case-activities.contract';

export interface CaseWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  workflowBundle: WorkflowBundleOption;
  activities: CaseActivities & Partial<CampaignActivities>;
}

/** Binds an activities object's methods so Temporal can call them as plain functions. */
export function bindActivities<T extends object>(instance: T, names: (keyof T)[]): Record<string, unknown> {
  return Object.fromEntries(
    names.map((name) => [name, (instance[name] as (...args: unknown[]) => unknown).bind(instance)]),
  );
}

/** The workflow's activities, gathered from the Nest providers that implement them. */
export function caseActivities(
  projection: Omit<CaseActivities, 'notify'>,
  notifications: Pick<CaseActivities, 'notify'>,
): CaseActivities {
  return {
    ...(bindActivities(projection, ['recordCaseOpening', 'recordCaseChange', 'recordCaseChanges']) as Omit<
      CaseActivities,
      'notify'
    >),
    ...(bindActivities(notifications, ['notify']) as Pick<CaseActivities, 'notify'>),
  };
}

const CAMPAIGN_ACTIVITY_NAMES: (keyof CampaignActivities)[] = [
  'closeUnapplied',
  'remindUnapplied',
  'moveApplicationDeadline',
  'saveSchedule',
  'cancelUnstarted',
  'addCommunities',
  'signalStartedCases',
  'countAwaitingTopN',
  'decideTopN',
];

/** The campaign workflow's bulk activities, bound for the Worker. */
export function campaignActivities(campaign: CampaignActivities): CampaignActivities {
  return bindActivities(campaign, CAMPAIGN_ACTIVITY_NAMES) as unknown as CampaignActivities;
}

/** The one Worker definition, shared by the worker app and the tests. */
export function createCaseWorker(options: CaseWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: options.workflowBundle,
    activities: options.activities,
    // Let in-flight activities finish on shutdown before the process exits.
    shutdownGraceTime: '20 seconds',
  });
}
