import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';

/**
 * With RECORD_HISTORIES=1, writes the run's history to test/histories/<name>.json (the same JSON as
 * `temporal workflow show -o json`), where the replay tests pick it up. Without it, does nothing: a
 * recorded history is a fixture, kept once reviewed, not rewritten by every run.
 */
export async function recordHistoryIfAsked(handle: WorkflowHandle, name: string): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const file = path.resolve(__dirname, '../histories', `${name}.json`);
  writeFileSync(file, `${historyToJSON(await handle.fetchHistory())}\n`);
}
