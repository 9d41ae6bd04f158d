import { PatchEntry } from './patch-table';

/**
 * The visibility query behind a patch's retirement: open runs of the patch's workflow types started
 * before `before`. Zero for the patch's deploy instant → `patched()` may become `deprecatePatch()`;
 * zero for the deprecatePatch deploy instant → the call and the old path may be deleted.
 */
export function openRunsStartedBefore(patch: PatchEntry, before: Date): string {
  const types = patch.workflowTypes.map((type) => `'${type}'`).join(', ');
  return `WorkflowType IN (${types}) AND ExecutionStatus = 'Running' AND StartTime < '${before.toISOString()}'`;
}

/** What the operator asked: per patch, the instant its runs are counted before (default: now). */
export function parseDeployedAt(
  args: readonly string[],
  patches: readonly PatchEntry[],
  now: Date,
): Map<string, Date> {
  const at = new Map(patches.map((patch) => [patch.id, now]));
  for (let index = 0; index < args.length; index++) {
    if (args[index] !== '--deployed')
      throw new Error(`unknown argument ${args[index]}; expected --deployed <patch>=<instant>`);
    const [id, instant] = (args[++index] ?? '').split('=');
    if (!at.has(id)) throw new Error(`no patch ${id}; known: ${patches.map((patch) => patch.id).join(', ')}`);
    const date = new Date(instant ?? '');
    if (!/[zZ]|[+-]\d\d:?\d\d$/.test(instant ?? '') || Number.isNaN(date.getTime()))
      throw new Error(
        `--deployed ${id}=${instant ?? ''}: expected an instant with its offset, e.g. 2026-12-01T09:00:00+08:00`,
      );
    at.set(id, date);
  }
  return at;
}

/** One line of the report. */
export function verdict(patch: PatchEntry, before: Date, openRuns: number): string {
  const runs = `${openRuns} open ${patch.workflowTypes.join('/')} run${openRuns === 1 ? '' : 's'} started before ${before.toISOString()}`;
  return openRuns === 0 ? `${patch.id}: ${runs}: ready for the next step` : `${patch.id}: ${runs}: wait`;
}
