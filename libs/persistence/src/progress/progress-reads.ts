import type { EntityManager } from 'typeorm';

/** A node of the jurisdiction tree as progress reports it. */
export interface ProgressNodeRow {
  id: string;
  name: string;
  level: string;
  path: string;
}

/** What a progress report needs of its campaign, its pinned standard's tiers, its scope node and the nodes it names. */
export interface ProgressSubjectRow {
  id: string;
  titleKind: string;
  year: number;
  targets: unknown;
  scopeJurisdictionId: string;
  tiers: { name: string }[] | null;
  nodes: ProgressNodeRow[];
}

/**
 * The campaign, its standard's tiers, its scope node and the given jurisdiction nodes in one round trip (a progress read
 * under load used to spend three: the campaign entity, the nodes, the tiers). Null when no such campaign.
 */
export async function readProgressSubject(
  db: EntityManager,
  campaignId: string,
  nodeIds: string[],
): Promise<ProgressSubjectRow | null> {
  const rows = await db.query<ProgressSubjectRow[]>(
    `SELECT c.id, c.title_kind AS "titleKind", c.year, c.targets,
            c.scope_jurisdiction_id AS "scopeJurisdictionId", s.definition -> 'tiers' AS tiers,
            COALESCE((SELECT json_agg(json_build_object('id', j.id, 'name', j.name, 'level', j.level, 'path', j.path))
                        FROM jurisdiction j WHERE j.id = ANY($2::text[]) OR j.id = c.scope_jurisdiction_id), '[]'::json) AS nodes
       FROM campaign c JOIN standard s ON s.id = c.standard_id
      WHERE c.id = $1`,
    [campaignId, nodeIds],
  );
  return rows[0] ?? null;
}

/** One row of readNodeCounters: the baseline signature, a node's baseline, a stage or an overdue counter. */
export interface NodeCounterRow {
  kind: 'signature' | 'baseline' | 'stage' | 'overdue';
  node_path: string | null;
  stage: string | null;
  tier: string | null;
  renewal: boolean;
  /** signature: the stored one; baseline: eligible; stage and overdue: the count. */
  a: string | null;
  /** signature: the current one; baseline: previously titled. */
  b: string | null;
}

/** The inputs a campaign's baseline depends on: the jurisdiction tree and the kind's earlier titles. */
export const BASELINE_SIGNATURE = `
  SELECT COALESCE(sum(version), 0)::text AS current FROM progress_reference_version
   WHERE key = 'jurisdiction' OR (title_kind = $3 AND (year < $4 OR (year = $4 AND source = 'IMPORT')))`;

/**
 * Everything the figures of the given nodes (exact paths) are made of, in one statement: whether the
 * stored baseline is still current (signature row), the baseline rows, the stage counters and the overdue
 * counters. The caller recomputes the baseline and asks again when the signature row says it is stale.
 */
export function readNodeCounters(
  db: EntityManager,
  campaign: { id: string; titleKind: string; year: number },
  nodePaths: string[],
): Promise<NodeCounterRow[]> {
  return db.query<NodeCounterRow[]>(
    `SELECT 'signature' AS kind, NULL::text AS node_path, NULL::text AS stage, NULL::text AS tier,
            false AS renewal,
            (SELECT signature::text FROM campaign_progress_baseline_state WHERE campaign_id = $1) AS a,
            (${BASELINE_SIGNATURE}) AS b
     UNION ALL
     SELECT 'baseline', node_path, NULL, NULL, false, eligible::text, previously_titled::text
       FROM campaign_progress_baseline WHERE campaign_id = $1 AND node_path = ANY($2::text[])
     UNION ALL
     SELECT 'stage', node_path, stage, NULLIF(tier, ''), renewal, n::text, NULL
       FROM case_stage_count WHERE campaign_id = $1 AND node_path = ANY($2::text[])
     UNION ALL
     SELECT 'overdue', node_path, stage, NULL, false, sum(n)::text, NULL
       FROM case_due_count WHERE campaign_id = $1 AND node_path = ANY($2::text[]) AND due_at < now()
      GROUP BY node_path, stage`,
    [campaign.id, nodePaths, campaign.titleKind, campaign.year],
  );
}
