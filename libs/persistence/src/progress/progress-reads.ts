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

/** One counter row: the baseline signature, a node's baseline, a stage or an overdue counter. */
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

/**
 * The inputs a campaign's baseline depends on — the jurisdiction tree and the kind's earlier titles — as
 * one SQL expression over the given title-kind and year expressions (parameters or columns).
 */
export function baselineSignatureSql(titleKind: string, year: string): string {
  return `SELECT COALESCE(sum(version), 0)::text AS current FROM progress_reference_version
   WHERE key = 'jurisdiction' OR (title_kind = ${titleKind} AND (year < ${year} OR (year = ${year} AND source = 'IMPORT')))`;
}

/**
 * Everything the figures of some nodes (exact paths) are made of, as rows of NodeCounterRow: whether the
 * stored baseline is still current (signature row), the baseline rows, the stage and the overdue counters.
 * `campaign`, `paths`, `titleKind` and `year` are SQL expressions (parameters or columns of a CTE).
 */
function counterRowsSql(campaign: string, paths: string, titleKind: string, year: string): string {
  return `SELECT 'signature' AS kind, NULL::text AS node_path, NULL::text AS stage, NULL::text AS tier,
            false AS renewal,
            (SELECT signature::text FROM campaign_progress_baseline_state WHERE campaign_id = ${campaign}) AS a,
            (${baselineSignatureSql(titleKind, year)}) AS b
     UNION ALL
     SELECT 'baseline', node_path, NULL, NULL, false, eligible::text, previously_titled::text
       FROM campaign_progress_baseline WHERE campaign_id = ${campaign} AND node_path = ANY(${paths})
     UNION ALL
     SELECT 'stage', node_path, stage, NULLIF(tier, ''), renewal, n::text, NULL
       FROM case_stage_count WHERE campaign_id = ${campaign} AND node_path = ANY(${paths})
     UNION ALL
     SELECT 'overdue', node_path, stage, NULL, false, sum(n)::text, NULL
       FROM case_due_count WHERE campaign_id = ${campaign} AND node_path = ANY(${paths}) AND due_at < now()
      GROUP BY node_path, stage`;
}

// The campaign's row, its standard's tiers, and the named nodes with its scope node, as one JSON object.
const SUBJECT_JSON = `
  SELECT json_build_object('id', c.id, 'titleKind', c.title_kind, 'year', c.year, 'targets', c.targets,
           'scopeJurisdictionId', c.scope_jurisdiction_id, 'tiers', s.definition -> 'tiers',
           'nodes', COALESCE((SELECT json_agg(json_build_object('id', j.id, 'name', j.name, 'level', j.level, 'path', j.path))
                                FROM jurisdiction j WHERE j.id = ANY($2::text[]) OR j.id = c.scope_jurisdiction_id), '[]'::json))
    FROM campaign c JOIN standard s ON s.id = c.standard_id
   WHERE c.id = $1`;

/**
 * The campaign, its standard's tiers, its scope node and the given jurisdiction nodes in one round trip (a progress read
 * under load used to spend three: the campaign entity, the nodes, the tiers). Null when no such campaign.
 */
export async function readProgressSubject(
  db: EntityManager,
  campaignId: string,
  nodeIds: string[],
): Promise<ProgressSubjectRow | null> {
  const rows = await db.query<{ subject: ProgressSubjectRow }[]>(`SELECT (${SUBJECT_JSON}) AS subject`, [
    campaignId,
    nodeIds,
  ]);
  return rows[0]?.subject ?? null;
}

/**
 * The subject (readProgressSubject) and the counter rows (readNodeCounters) of every node it found above
 * the communities, in one statement: a progress read's only round trip while the baseline is current.
 * The subject comes as the row of kind 'subject'; no such campaign: its subject is null and no counter rows.
 */
export async function readProgressSubjectAndCounters(
  db: EntityManager,
  campaignId: string,
  nodeIds: string[],
): Promise<{ subject: ProgressSubjectRow | null; counters: NodeCounterRow[] }> {
  const rows = await db.query<(NodeCounterRow & { subject: ProgressSubjectRow | null })[]>(
    `WITH k AS (SELECT c.id, c.title_kind, c.year FROM campaign c WHERE c.id = $1),
          p AS (SELECT COALESCE(array_agg(j.path), '{}') AS paths FROM jurisdiction j
                 WHERE j.level <> 'COMMUNITY'
                   AND (j.id = ANY($2::text[]) OR j.id = (SELECT scope_jurisdiction_id FROM campaign WHERE id = $1)))
     SELECT 'subject' AS kind, NULL::text AS node_path, NULL::text AS stage, NULL::text AS tier, false AS renewal,
            NULL::text AS a, NULL::text AS b, (${SUBJECT_JSON}) AS subject
     UNION ALL
     SELECT r.*, NULL::json FROM k, p, LATERAL (
       ${counterRowsSql('k.id', 'p.paths', 'k.title_kind', 'k.year')}) r`,
    [campaignId, nodeIds],
  );
  const subject = rows.find((row) => row.kind === ('subject' as string))?.subject ?? null;
  return { subject, counters: rows.filter((row) => row.kind !== ('subject' as string)) };
}

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
  return db.query<NodeCounterRow[]>(counterRowsSql('$1', '$2::text[]', '$3', '$4'), [
    campaign.id,
    nodePaths,
    campaign.titleKind,
    campaign.year,
  ]);
}
