import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** One case as a clerk or an inspector sees it in their own lists, across campaigns. */
export interface MyCaseRow {
  campaignId: string;
  campaignTitle: string;
  titleKind: string;
  /** The standard version the campaign pinned (the forms are built from it). */
  standardCode: string;
  standardVersion: number;
  communityId: string;
  communityName: string;
  streetId: string | null;
  stage: string;
  tier: string | null;
  totalScore: number | null;
  dueAt: string | null;
  round: number;
  /** The round re-checks only the rectified items. */
  recheck: boolean;
  /** For an inspector: whether their check for the current round is in. */
  checkedThisRound: boolean;
}

/** Organizer to-do counts of one campaign (each a page of the case list to work through). */
export interface CampaignWorkRow {
  campaignId: string;
  campaignTitle: string;
  toReview: number;
  toAssign: number;
  toConfirm: number;
  openObjections: number;
  overdue: number;
  /** The earliest deadline among the cases waiting for the organizer. */
  earliestDueAt: string | null;
}

const MY_CASES_LIMIT = 200;
const CLOSED = `('AWARDED','NOT_AWARDED','NOT_APPLIED','WITHDRAWN')`;

const MY_CASE_COLUMNS = `
  c.campaign_id AS "campaignId", k.title AS "campaignTitle", k.title_kind AS "titleKind",
  s.code AS "standardCode", s.version AS "standardVersion",
  c.community_id AS "communityId", COALESCE(c.snapshot #>> '{community,name}', c.community_id) AS "communityName",
  c.street_id AS "streetId", c.stage, c.tier, c.total_score::float8 AS "totalScore", c.due_at AS "dueAt",
  COALESCE((c.snapshot ->> 'round')::int, 1) AS round,
  COALESCE(c.snapshot -> 'recheckRounds' @> to_jsonb(COALESCE((c.snapshot ->> 'round')::int, 1)), false) AS recheck,
  jsonb_path_exists(c.snapshot, '$.checks[*] ? (@.inspectorId == $me && @.round == $round)',
                    jsonb_build_object('me', $1::text, 'round', COALESCE((c.snapshot ->> 'round')::int, 1)))
    AS "checkedThisRound"`;

/** The lists behind 我的创建, 我的检查任务 and 待办: set-based, each on an index of case_projection. */
@Injectable()
export class MyCasesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A clerk's cases in every campaign (idx_case_projection_community), open ones first by deadline. */
  communityCases(userId: string, communityId: string): Promise<MyCaseRow[]> {
    return this.rows(`c.community_id = $2`, [userId, communityId]);
  }

  /** The cases an inspector is assigned to (GIN idx_case_projection_inspectors). */
  inspectorCases(userId: string): Promise<MyCaseRow[]> {
    return this.rows(`$1::text = ANY(c.inspector_ids)`, [userId]);
  }

  private async rows(where: string, parameters: unknown[]): Promise<MyCaseRow[]> {
    const rows = await this.dataSource.query<(MyCaseRow & { dueAt: Date | null })[]>(
      `SELECT ${MY_CASE_COLUMNS}
         FROM case_projection c JOIN campaign k ON k.id = c.campaign_id JOIN standard s ON s.id = k.standard_id
        WHERE ${where}
        ORDER BY (c.stage IN ${CLOSED}), c.due_at NULLS LAST, k.year DESC, c.campaign_id, c.community_id
        LIMIT ${MY_CASES_LIMIT}`,
      parameters,
    );
    return rows.map((row) => ({
      ...row,
      dueAt: row.dueAt === null ? null : new Date(row.dueAt).toISOString(),
    }));
  }

  /**
   * What waits for an organizer, per launched campaign in their subtree: applications to review (初审),
   * cases in inspection with nobody assigned, scores to confirm, objections to resolve, overdue cases.
   * Only open stages are read (idx_case_projection_path per campaign).
   */
  async organizerWork(subtreePath: string): Promise<CampaignWorkRow[]> {
    const rows = await this.dataSource.query<(CampaignWorkRow & { earliestDueAt: Date | null })[]>(
      `SELECT c.campaign_id AS "campaignId", k.title AS "campaignTitle",
              count(*) FILTER (WHERE c.stage = 'APPLICATION_REVIEW')::int AS "toReview",
              count(*) FILTER (WHERE c.stage = 'INSPECTION' AND cardinality(c.inspector_ids) = 0)::int AS "toAssign",
              count(*) FILTER (WHERE c.stage = 'SCORING')::int AS "toConfirm",
              count(*) FILTER (WHERE c.stage = 'NOTICE'
                AND jsonb_path_exists(c.snapshot, '$.objections[*] ? (@.resolution == null)'))::int AS "openObjections",
              count(*) FILTER (WHERE c.due_at < now())::int AS overdue,
              min(c.due_at) FILTER (WHERE c.stage IN ('APPLICATION_REVIEW', 'SCORING')
                OR (c.stage = 'INSPECTION' AND cardinality(c.inspector_ids) = 0)) AS "earliestDueAt"
         FROM campaign k JOIN case_projection c ON c.campaign_id = k.id
        WHERE k.status = 'LAUNCHED' AND c.community_path LIKE $1 || '%' AND c.stage NOT IN ${CLOSED}
        GROUP BY c.campaign_id, k.title, k.year
        ORDER BY k.year DESC, c.campaign_id`,
      [subtreePath],
    );
    return rows.map((row) => ({
      ...row,
      earliestDueAt: row.earliestDueAt === null ? null : new Date(row.earliestDueAt).toISOString(),
    }));
  }
}
