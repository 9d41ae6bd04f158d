import { DataSource } from 'typeorm';
import { BenchStack } from '../support/bench-stack';
import { Figures, percentile } from '../support/figures';
import { millisecondsOf, say } from '../support/say';
import { CAMPAIGN_ID, streetId } from './seed';

const CALLS = 200;
const WARM_UP_CALLS = 20;
const STREET = streetId(500);

/**
 * A campaign half-way through, in one statement over the cases no workflow has started: by a hash of the
 * community, 20% still INVITED, the rest spread over every stage; awards with certificates (the
 * triggers record their titles), tiers and scores where a case has them, deadlines some of them past.
 */
const STAGE_MIX = `
  WITH bucketed AS (
    SELECT workflow_id, abs(hashtext(community_id)) % 100 AS b FROM case_projection
     WHERE campaign_id = $1 AND NOT workflow_started),
  staged AS (
    SELECT workflow_id, b,
           CASE WHEN b < 20 THEN 'INVITED' WHEN b < 30 THEN 'APPLICATION_REVIEW' WHEN b < 33 THEN 'RETURNED'
                WHEN b < 48 THEN 'SELF_CHECK' WHEN b < 62 THEN 'INSPECTION' WHEN b < 65 THEN 'RECTIFICATION'
                WHEN b < 70 THEN 'SCORING' WHEN b < 75 THEN 'NOTICE' WHEN b < 90 THEN 'AWARDED'
                WHEN b < 94 THEN 'NOT_AWARDED' WHEN b < 98 THEN 'NOT_APPLIED' ELSE 'WITHDRAWN' END AS stage,
           CASE WHEN b BETWEEN 65 AND 89 THEN (ARRAY['精品', '示范', '达标'])[b % 3 + 1] END AS tier
      FROM bucketed)
  UPDATE case_projection c
     SET stage = s.stage, tier = s.tier,
         total_score = CASE WHEN s.tier IS NOT NULL THEN 70 + (s.b % 30) END,
         due_at = CASE WHEN s.stage IN ('AWARDED', 'NOT_AWARDED', 'NOT_APPLIED', 'WITHDRAWN') THEN NULL
                       ELSE now() + (s.b % 40 - 8) * interval '1 day' END,
         workflow_started = s.stage NOT IN ('INVITED', 'NOT_APPLIED', 'WITHDRAWN'),
         snapshot = c.snapshot || jsonb_build_object('stage', s.stage) ||
           CASE WHEN s.stage = 'AWARDED' THEN jsonb_build_object('award', jsonb_build_object(
             'certificateNumber', 'PA-2026-' || c.community_id, 'validUntil', '2029-12-31', 'tier', s.tier))
           ELSE '{}'::jsonb END,
         updated_at = now()
    FROM staged s
   WHERE c.workflow_id = s.workflow_id AND s.stage <> 'INVITED'`;

export async function mixStages(db: DataSource): Promise<void> {
  await db.query(STAGE_MIX, [CAMPAIGN_ID]);
  await db.query(
    'ANALYZE case_projection; ANALYZE case_stage_count; ANALYZE case_due_count; ANALYZE community_title',
  );
  const stages: { stage: string; n: string }[] = await db.query(
    'SELECT stage, count(*) AS n FROM case_projection WHERE campaign_id = $1 GROUP BY stage ORDER BY stage',
    [CAMPAIGN_ID],
  );
  say(`stages now: ${stages.map((row) => `${row.stage} ${row.n}`).join(', ')}`);
}

/** CALLS sequential GETs after WARM_UP_CALLS unmeasured ones; the milliseconds of each. */
async function timeCalls(stack: BenchStack, token: string, path: string): Promise<number[]> {
  for (let i = 0; i < WARM_UP_CALLS; i++) await stack.api.get(path, token);
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i++) samples.push(await millisecondsOf(() => stack.api.get(path, token)));
  return samples;
}

/** GET /campaigns/:id/progress for the whole 100,000-case campaign and for one street in it. */
export async function benchProgress(
  stack: BenchStack,
  organizerToken: string,
  figures: Figures,
): Promise<void> {
  say('moving the cases of the campaign to a realistic mix of stages and tiers (one statement)...');
  await mixStages(stack.dataSource);
  const path = `/campaigns/${CAMPAIGN_ID}/progress`;
  say(`${CALLS} sequential GET ${path} (after ${WARM_UP_CALLS} to warm up)...`);
  const whole = await timeCalls(stack, organizerToken, path);
  figures.add('progress_100k_p50', percentile(whole, 0.5), 'ms');
  figures.add('progress_100k_p95', percentile(whole, 0.95), 'ms');
  say(`${CALLS} sequential GET ${path}?jurisdictionId=${STREET}...`);
  const street = await timeCalls(stack, organizerToken, `${path}?jurisdictionId=${STREET}`);
  figures.add('progress_street_p50', percentile(street, 0.5), 'ms');
  figures.add('progress_street_p95', percentile(street, 0.95), 'ms');
}
