import { proxyLocalActivities } from '@temporalio/workflow';
import { ChaseCommand, chaseNotification } from '@app/domain';
import type { CaseActivities } from './case-activities.contract';
import type { AfterCommit } from './case-action-handlers';
import { chaseUpdate } from './community-case.contract';
import { timeWriting } from '../local-time-texts';

/** Delivers a reminder, escalation or chase (a local activity: idempotent by the notification's key). */
export const { notify } = proxyLocalActivities<CaseActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumInterval: '10 seconds' },
});

/** What a human action does once committed: a chase (催办) tells whoever the case is waiting for. */
export const AFTER_COMMIT: AfterCommit = {
  [chaseUpdate.name]: async (entity, command) => {
    const { message } = command as ChaseCommand;
    const notification = chaseNotification(entity.state, entity.input, message, timeWriting());
    if (notification) await notify(notification);
  },
};
