import type { EntityManager } from 'typeorm';
import { CaseStage } from '@app/domain';

/** A scored case as the top-N ranking (择优排名) weighs it, with what the ranking table shows. */
export interface RankingCandidateRow {
  communityId: string;
  communityName: string;
  communityPath: string;
  stage: string;
  tier: string;
  total: number;
  deviation: number | null;
  appliedAt: string | null;
}

/**
 * The campaign's scored cases still in the running (in 公示, or awarded): a withdrawn or cancelled case
 * never takes a capped place. With the figures the domain's ranking rule
 * (selectTopN: total, then the stated tie-break) needs: the self-check deviation and when the accepted
 * application was submitted. Light columns only, never the whole snapshot.
 */
export async function readRankingCandidates(
  db: EntityManager,
  campaignId: string,
): Promise<RankingCandidateRow[]> {
  const rows = await db.query<
    (Omit<RankingCandidateRow, 'total' | 'deviation'> & { total: string; deviation: string | null })[]
  >(
    `SELECT community_id AS "communityId",
            COALESCE(snapshot #>> '{community,name}', community_id) AS "communityName",
            community_path AS "communityPath", stage, tier, total_score AS total,
            snapshot -> 'score' ->> 'deviation' AS deviation,
            snapshot -> 'applications' -> -1 ->> 'submittedAt' AS "appliedAt"
       FROM case_projection
      WHERE campaign_id = $1 AND total_score IS NOT NULL AND tier IS NOT NULL
        AND stage IN ('${CaseStage.NOTICE}', '${CaseStage.AWARDED}')`,
    [campaignId],
  );
  return rows.map((row) => ({
    ...row,
    total: Number(row.total),
    deviation: row.deviation === null ? null : Number(row.deviation),
  }));
}
