import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';

/**
 * What the fuzz must leave exactly as it found it: every table's row count and a hash of its rows
 * (so an UPDATE shows too, and so does a moved audit chain head), the number of workflows on the
 * app's task queue, and the history length of each workflow that exists.
 */
export interface StateFingerprint {
  tables: Record<string, string>;
  workflowsOnTaskQueue: number;
  historyLengths: Record<string, number>;
}

/** Tables whose rows a refused request may legitimately write; none today. */
export const FINGERPRINT_IGNORED_TABLES: string[] = [];

async function tablePrints(dataSource: DataSource): Promise<Record<string, string>> {
  const tables = await dataSource.query<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const prints: Record<string, string> = {};
  for (const { name } of tables) {
    if (FINGERPRINT_IGNORED_TABLES.includes(name)) continue;
    const [row] = await dataSource.query<{ print: string }[]>(
      `SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '-') AS print
         FROM "${name}" t`,
    );
    prints[name] = row.print;
  }
  return prints;
}

export async function stateFingerprint(
  dataSource: DataSource,
  client: Client,
  taskQueue: string,
  workflowIds: string[],
): Promise<StateFingerprint> {
  const { count } = await client.workflow.count(`TaskQueue = "${taskQueue}"`);
  const historyLengths: Record<string, number> = {};
  for (const workflowId of workflowIds) {
    historyLengths[workflowId] = (await client.workflow.getHandle(workflowId).describe()).historyLength;
  }
  return { tables: await tablePrints(dataSource), workflowsOnTaskQueue: count, historyLengths };
}
