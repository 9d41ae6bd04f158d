import { DataSource } from 'typeorm';
import type { CaseState } from '@app/domain';
import { insertInvitedCases } from '@app/persistence';
import { BenchStack } from '../support/bench-stack';
import { Figures } from '../support/figures';
import { say, timed } from '../support/say';
import { CAMPAIGN_ID, COMMUNITIES, PROVINCE } from './seed';

const SCRATCH_TABLE = 'bench_bulk_insert';

/**
 * insertInvitedCases' statement (libs/persistence/src/cases/bulk-cases.ts) aimed at a scratch table
 * with the same columns, defaults and indexes but none of case_projection's triggers: the bare insert.
 */
const BARE_INSERT = `
  INSERT INTO ${SCRATCH_TABLE} (workflow_id, campaign_id, community_id, stage, seq, snapshot, community_path, street_id,
                                inspector_ids, due_at, workflow_started, updated_at)
  SELECT 'case:' || $1 || ':' || j.id, $1, j.id, 'INVITED', 0,
         $3::jsonb || jsonb_build_object(
           'workflowId', 'case:' || $1 || ':' || j.id, 'communityId', j.id,
           'community', jsonb_build_object('id', j.id, 'name', j.name, 'kind', j.kind, 'streetId', j.parent_id, 'path', j.path)),
         j.path, j.parent_id, '{}', $4::timestamptz, false, now()
    FROM jurisdiction j
   WHERE j.level = 'COMMUNITY' AND j.eligible AND j.path LIKE $2 || '%'
  ON CONFLICT (workflow_id) DO NOTHING`;

/** Flushes dirty pages first, so a checkpoint started by an earlier write does not land in a timing. */
async function checkpoint(db: DataSource): Promise<void> {
  await db.query('CHECKPOINT').catch(() => undefined);
}

/** The launch through the API, timed, then the same 100,000 rows written bare, twice. */
export async function benchLaunch(
  stack: BenchStack,
  organizerToken: string,
  figures: Figures,
): Promise<void> {
  const db = stack.dataSource;
  await checkpoint(db);
  say(`launching ${CAMPAIGN_ID} over ${COMMUNITIES} communities through the API...`);
  const launch = await timed(() =>
    stack.api.post<{ casesOpened: number }>(`/campaigns/${CAMPAIGN_ID}/launch`, organizerToken, {}),
  );
  if (launch.result.casesOpened !== COMMUNITIES) {
    throw new Error(`launch opened ${launch.result.casesOpened} cases, expected ${COMMUNITIES}`);
  }
  figures.add('launch_100k_seconds', launch.seconds, 's');

  const [row]: { snapshot: CaseState }[] = await db.query(
    'SELECT snapshot FROM case_projection WHERE campaign_id = $1 LIMIT 1',
    [CAMPAIGN_ID],
  );
  const template = row.snapshot;
  const scopePath = `/${PROVINCE}/`;
  await db.query(`CREATE TABLE ${SCRATCH_TABLE} (LIKE case_projection INCLUDING ALL)`);
  await checkpoint(db);
  say(
    'bare INSERT … SELECT of the same rows into a scratch table (same columns and indexes, no triggers)...',
  );
  const bare = await timed(() =>
    db.query(BARE_INSERT, [
      CAMPAIGN_ID,
      scopePath,
      JSON.stringify(template),
      template.deadlines.application?.dueAt,
    ]),
  );
  figures.add('bulk_insert_100k_seconds', bare.seconds, 's');
  figures.add('launch_100k_vs_bulk_insert', launch.seconds / bare.seconds, 'x');
  await db.query(`DROP TABLE ${SCRATCH_TABLE}`);

  await checkpoint(db);
  say('the same rows into case_projection under another campaign id (its indexes and progress counters)...');
  const caseTable = await timed(() =>
    db.transaction((manager) => insertInvitedCases(manager, { id: 'bench-bulk', scopePath, template })),
  );
  if (caseTable.result !== COMMUNITIES) throw new Error(`bulk insert wrote ${caseTable.result} rows`);
  figures.add('bulk_insert_case_table_100k_seconds', caseTable.seconds, 's');
  figures.add('launch_100k_vs_case_table_insert', launch.seconds / caseTable.seconds, 'x');
}
