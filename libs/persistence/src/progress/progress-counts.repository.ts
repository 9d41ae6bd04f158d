import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CaseResult, CaseStage, JurisdictionLevel, ProgressCounts, StageCount } from '@app/domain';
import { RankingCandidateRow, readRankingCandidates } from '../cases/ranking.reader';
import { CoalescedReads } from '../reads/coalesced-reads';
import {
  baselineSignatureSql,
  NodeCounterRow,
  readNodeCounters,
  readProgressSubject,
  readProgressSubjectAndCounters,
  ProgressSubjectRow,
} from './progress-reads';

/** What the counters need to know of a campaign. */
export interface ProgressCampaign {
  id: string;
  titleKind: string;
  year: number;
  scopePath: string;
}

interface CounterRow {
  node_path: string;
  measure: 'stage' | 'overdue';
  stage: CaseStage;
  tier: string | null;
  renewal: boolean;
  n: string;
}

interface BaselineRow {
  node_path: string;
  eligible: number;
  previously_titled: number;
}

const CLOSED = `('AWARDED','NOT_AWARDED','NOT_APPLIED','WITHDRAWN')`;

// The baseline depends on the jurisdiction tree and on the kind's titles that can count as earlier ones.
const SIGNATURE = baselineSignatureSql('$2', '$3');

/**
 * Progress figures straight from the counters (one indexed lookup per node, whatever the number of
 * cases), and from a per-campaign baseline of eligible and previously titled communities that is
 * recomputed, set-based, only when the tree or the titles it was computed from have changed.
 */
@Injectable()
export class ProgressCountsRepository {
  /** The dashboard's hot read, coalesced across concurrent callers (never answered from before they asked). */
  private readonly subjectReads = new CoalescedReads<
    Awaited<ReturnType<typeof readProgressSubjectAndCounters>>
  >();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A campaign's cases as its provisional ranking reads them (ranking.reader). */
  rankingCandidates(campaignId: string): Promise<RankingCandidateRow[]> {
    return readRankingCandidates(this.dataSource.manager, campaignId);
  }

  /**
   * The campaign, its standard's tiers, its scope node and the given nodes in one round trip (null: no
   * such campaign): what a progress report reads before its counters.
   */
  subject(campaignId: string, nodeIds: (string | null)[]): Promise<ProgressSubjectRow | null> {
    return readProgressSubject(
      this.dataSource.manager,
      campaignId,
      nodeIds.filter((id): id is string => id !== null),
    );
  }

  /**
   * The subject (as `subject`) and the counts of every node it found above the communities, in one
   * statement (a progress read's only round trip). `counts` is null when the baseline is stale (after a
   * change of tree or titles): then ask nodeCounts, which recomputes it.
   */
  async subjectWithCounts(
    campaignId: string,
    nodeIds: (string | null)[],
  ): Promise<{ subject: ProgressSubjectRow; counts: Map<string, ProgressCounts> | null } | null> {
    const ids = nodeIds.filter((id): id is string => id !== null);
    const { subject, counters } = await this.subjectReads.read(JSON.stringify([campaignId, ids]), () =>
      readProgressSubjectAndCounters(this.dataSource.manager, campaignId, ids),
    );
    if (subject === null) return null;
    const paths = subject.nodes.filter((node) => node.level !== 'COMMUNITY').map((node) => node.path);
    return { subject, counts: baselineIsCurrent(counters) ? countsByPath(counters, paths) : null };
  }

  /**
   * Counts of jurisdiction nodes above the communities (province … street), by node path: one statement
   * (readNodeCounters) while the baseline is current, which it is but after a change of tree or titles.
   */
  async nodeCounts(campaign: ProgressCampaign, nodePaths: string[]): Promise<Map<string, ProgressCounts>> {
    let rows = await readNodeCounters(this.dataSource.manager, campaign, nodePaths);
    if (!baselineIsCurrent(rows)) {
      await this.ensureBaseline(campaign);
      rows = await readNodeCounters(this.dataSource.manager, campaign, nodePaths);
    }
    return countsByPath(rows, nodePaths);
  }

  /** Counts of one community, read from its case and titles directly. */
  async communityCounts(campaign: ProgressCampaign, communityPath: string): Promise<ProgressCounts> {
    const [community, cases] = await Promise.all([
      this.dataSource.query<{ eligible: boolean; titled: boolean }[]>(
        `SELECT j.eligible, EXISTS (
                  SELECT 1 FROM community_title t
                   WHERE t.title_kind = $2 AND t.community_id = j.id
                     AND title_counts_before_campaign(t.source, t.year, t.campaign_id, t.valid_until, t.revoked_at, $1, $3)
                ) AS titled
           FROM jurisdiction j WHERE j.path = $4`,
        [campaign.id, campaign.titleKind, campaign.year, communityPath],
      ),
      this.dataSource.query<CounterRow[]>(
        `SELECT $2::text AS node_path, m.measure, r.stage, r.tier, COALESCE(t.renewal, false) AS renewal, count(*)::text AS n
           FROM case_projection r
           LEFT JOIN community_title t
             ON r.stage = 'AWARDED' AND t.campaign_id = r.campaign_id AND t.community_id = r.community_id
           CROSS JOIN LATERAL (VALUES ('stage'), ('overdue')) m(measure)
          WHERE r.campaign_id = $1 AND r.community_path = $2
            AND (m.measure = 'stage' OR (r.due_at < now() AND r.stage NOT IN ${CLOSED}))
          GROUP BY 2, 3, 4, 5`,
        [campaign.id, communityPath],
      ),
    ]);
    const eligible = community[0]?.eligible === true;
    const titled = eligible && community[0].titled;
    const baseline = {
      node_path: communityPath,
      eligible: eligible ? 1 : 0,
      previously_titled: titled ? 1 : 0,
    };
    return countsOf(baseline, cases);
  }

  /** The streets of a subtree (the street itself when the subtree is one), in path order. */
  /** The jurisdictions one level below a node, communities left out (they are cases, not subtrees). */
  childrenOf(
    nodeId: string,
  ): Promise<{ id: string; name: string; level: JurisdictionLevel; path: string }[]> {
    return this.dataSource.query(
      `SELECT id, name, level, path FROM jurisdiction WHERE parent_id = $1 AND level <> 'COMMUNITY' ORDER BY path`,
      [nodeId],
    );
  }

  streetsUnder(subtreePath: string): Promise<{ id: string; name: string; path: string }[]> {
    return this.dataSource.query(
      `SELECT id, name, path FROM jurisdiction WHERE level = 'STREET' AND path LIKE $1 || '%' ORDER BY path`,
      [subtreePath],
    );
  }

  /** One result per case of the subtree, in path order (the results list export). */
  async results(campaignId: string, subtreePath: string): Promise<CaseResult[]> {
    const rows = await this.dataSource.query<
      (Omit<CaseResult, 'totalScore'> & { totalScore: string | null })[]
    >(
      `SELECT r.community_id AS "communityId",
              COALESCE(c.name, r.snapshot #>> '{community,name}', r.community_id) AS "communityName",
              COALESCE(s.name, r.street_id, '') AS "streetName", r.stage, r.total_score AS "totalScore", r.tier,
              r.snapshot #>> '{award,certificateNumber}' AS "certificateNumber",
              r.snapshot ->> 'noticeEndsAt' AS "noticeEndsAt",
              r.snapshot #>> '{award,awardedAt}' AS "awardedAt",
              r.snapshot #>> '{award,validUntil}' AS "validUntil"
         FROM case_projection r
         LEFT JOIN jurisdiction c ON c.id = r.community_id
         LEFT JOIN jurisdiction s ON s.id = r.street_id
        WHERE r.campaign_id = $1 AND r.community_path LIKE $2 || '%'
        ORDER BY r.community_path`,
      [campaignId, subtreePath],
    );
    return rows.map((row) => ({
      ...row,
      totalScore: row.totalScore === null ? null : Number(row.totalScore),
    }));
  }

  /** Recomputes the campaign's baseline when its signature shows the inputs changed (once, under a lock). */
  private async ensureBaseline(campaign: ProgressCampaign): Promise<void> {
    const first = await this.signatures(this.dataSource.manager, campaign);
    if (first.stored === first.current) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtext('campaign_progress_baseline'), hashtext($1))`,
        [campaign.id],
      );
      // Read before recomputing: a change committed meanwhile leaves the stored signature behind, never ahead.
      const { stored, current } = await this.signatures(manager, campaign);
      if (stored === current) return;
      await manager.query(`DELETE FROM campaign_progress_baseline WHERE campaign_id = $1`, [campaign.id]);
      await manager.query(RECOMPUTE_BASELINE, [
        campaign.id,
        campaign.scopePath,
        campaign.titleKind,
        campaign.year,
      ]);
      await manager.query(
        `INSERT INTO campaign_progress_baseline_state (campaign_id, signature, computed_at) VALUES ($1, $2, now())
         ON CONFLICT (campaign_id) DO UPDATE SET signature = EXCLUDED.signature, computed_at = now()`,
        [campaign.id, current],
      );
    });
  }

  private async signatures(
    manager: EntityManager,
    campaign: ProgressCampaign,
  ): Promise<{ stored: string | null; current: string }> {
    const [row] = await manager.query<{ stored: string | null; current: string }[]>(
      `SELECT (SELECT signature::text FROM campaign_progress_baseline_state WHERE campaign_id = $1) AS stored,
              (${SIGNATURE}) AS current`,
      [campaign.id, campaign.titleKind, campaign.year],
    );
    return row;
  }
}
// Eligible communities and those of them holding an earlier title that counts, for every node above the
// communities inside the scope: one pass over the scope's communities and the kind's titles.
const RECOMPUTE_BASELINE = `
  WITH titled AS (
    SELECT DISTINCT t.community_id FROM community_title t
     WHERE t.title_kind = $3 AND t.community_path LIKE $2 || '%'
       AND title_counts_before_campaign(t.source, t.year, t.campaign_id, t.valid_until, t.revoked_at, $1, $4))
  INSERT INTO campaign_progress_baseline (campaign_id, node_path, eligible, previously_titled)
  SELECT $1, a.node_path, count(*), count(titled.community_id)
    FROM jurisdiction c
    LEFT JOIN titled ON titled.community_id = c.id
   CROSS JOIN LATERAL case_ancestor_paths(c.path) a(node_path)
   WHERE c.level = 'COMMUNITY' AND c.eligible AND c.path LIKE $2 || '%' AND a.node_path LIKE $2 || '%'
   GROUP BY a.node_path`;

/** Whether the stored baseline was computed from the tree and titles as they are now (the signature row). */
function baselineIsCurrent(rows: NodeCounterRow[]): boolean {
  const signature = rows.find((row) => row.kind === 'signature');
  return signature?.a === signature?.b;
}

/** The counter rows of some nodes as each node's ProgressCounts (a node without rows counts zeros). */
function countsByPath(rows: NodeCounterRow[], nodePaths: string[]): Map<string, ProgressCounts> {
  const baselineByPath = new Map<string, BaselineRow>();
  const counters: CounterRow[] = [];
  for (const row of rows) {
    if (row.node_path === null) continue;
    if (row.kind === 'baseline') {
      baselineByPath.set(row.node_path, {
        node_path: row.node_path,
        eligible: Number(row.a),
        previously_titled: Number(row.b),
      });
    } else if (row.kind === 'stage' || row.kind === 'overdue') {
      counters.push({
        node_path: row.node_path,
        measure: row.kind,
        stage: row.stage as CaseStage,
        tier: row.tier,
        renewal: row.renewal,
        n: row.a ?? '0',
      });
    }
  }
  const countersByPath = groupBy(counters, (row) => row.node_path);
  return new Map(
    nodePaths.map((path) => [path, countsOf(baselineByPath.get(path), countersByPath.get(path) ?? [])]),
  );
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group === undefined) groups.set(key(row), [row]);
    else group.push(row);
  }
  return groups;
}

function countsOf(base: BaselineRow | undefined, mine: CounterRow[]): ProgressCounts {
  const stageCounts: StageCount[] = mine
    .filter((row) => row.measure === 'stage')
    .map((row) => ({ stage: row.stage, tier: row.tier, renewal: row.renewal, cases: Number(row.n) }));
  const overdue = mine
    .filter((row) => row.measure === 'overdue')
    .map((row) => ({ stage: row.stage, cases: Number(row.n) }));
  return {
    eligible: Number(base?.eligible ?? 0),
    previouslyTitled: Number(base?.previously_titled ?? 0),
    stageCounts,
    overdue,
  };
}
