/**
 * Every patch id that workflows/ passes to `patched()`, the workflow types that check it and the day it
 * landed on main (the deploy comes later: pass its instant to `npm run patches -- --deployed id=<instant>`).
 * `patch-table.spec.ts` fails when a patch in workflows/ is missing here, or one here is gone from there.
 */
export interface PatchEntry {
  id: string;
  workflowTypes: readonly string[];
  landed: string;
}

const CASE = ['communityCaseWorkflow'] as const;

export const PATCHES: readonly PatchEntry[] = [
  { id: 'record-after-reply', workflowTypes: CASE, landed: '2026-11-28' },
  { id: 'lean-update-task', workflowTypes: CASE, landed: '2026-11-28' },
  { id: 'claim-on-open', workflowTypes: CASE, landed: '2026-11-30' },
  { id: 'team-change-completes-round', workflowTypes: CASE, landed: '2026-11-30' },
  { id: 'idempotency-ledger', workflowTypes: CASE, landed: '2026-11-30' },
  { id: 'dead-letter-writes', workflowTypes: CASE, landed: '2026-11-30' },
  {
    id: 'local-time-texts',
    workflowTypes: ['communityCaseWorkflow', 'campaignWorkflow'],
    landed: '2026-11-30',
  },
];
