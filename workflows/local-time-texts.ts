import { patched } from '@temporalio/workflow';
import type { TimeWriting } from '@app/domain';

/**
 * Patch: reminders, escalations and chases (case and campaign workflows) write their times as a person
 * reads them (`2026年12月1日 13:29` in the run's zone), not UTC ISO. Checked where each message is made,
 * so a running case switches too from its next message on, and a replay of an older one writes as it did.
 * Landed 2026-11-30 (c47d930). Step 1, deprecatePatch(): once `npm run patches` counts no open
 * communityCaseWorkflow or campaignWorkflow run started before its deploy (a campaign run that continued
 * as new counts from its new run). Step 2, return 'LOCAL' alone once none started before step 1's deploy.
 */
export const LOCAL_TIME_TEXTS_PATCH = 'local-time-texts';

/** How this run writes the times in the message it is about to send (workflow code only). */
export function timeWriting(): TimeWriting {
  return patched(LOCAL_TIME_TEXTS_PATCH) ? 'LOCAL' : 'ISO';
}
