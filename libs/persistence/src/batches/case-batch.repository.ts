import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Where one case of a batch stands: not yet run, done, refused by the case (and why), failed for now, or
 * not run because the batch was stopped (停止) first.
 */
export type BatchItemStatus = 'PENDING' | 'SUCCEEDED' | 'REFUSED' | 'FAILED' | 'NOT_RUN';

export const BATCH_ITEM_STATUSES: readonly BatchItemStatus[] = [
  'PENDING',
  'SUCCEEDED',
  'REFUSED',
  'FAILED',
  'NOT_RUN',
];

export interface CaseBatchRow {
  id: string;
  campaignId: string;
  action: string;
  params: Record<string, unknown>;
  fingerprint: string;
  createdBy: string;
  createdAt: string;
  /** When it was stopped (停止), and by whom; null while it may run. */
  stoppedAt: string | null;
  stoppedBy: string | null;
}

export interface CaseBatchItemRow {
  position: number;
  communityId: string;
  communityName: string;
  status: BatchItemStatus;
  code: string | null;
  message: string | null;
  /** What the refusal named (the stage, what is allowed now, the deadline), as a single action's 4xx body has it. */
  details: Record<string, unknown> | null;
  finishedAt: string | null;
}

/** One case's outcome as recorded. */
export type CaseBatchResult = Pick<CaseBatchItemRow, 'status' | 'code' | 'message' | 'details'>;

export type NewCaseBatch = Omit<CaseBatchRow, 'createdAt' | 'stoppedAt' | 'stoppedBy'>;

/** Which cases of a campaign a batch over a filter takes: the case list's own filters, in its order. */
export interface CaseBatchFilter {
  stage?: string;
  streetId?: string;
  tier?: string;
  overdue?: boolean;
}

/** Every statement on batches of case actions (case_batch, case_batch_item). */
@Injectable()
export class CaseBatchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Creates the batch with its items in one transaction; false (nothing written) when the id exists. The
   * `refused` items are recorded at once with `refusal` (cases the starter may not act on).
   */
  async create(
    batch: NewCaseBatch,
    communityIds: string[],
    refused: string[],
    refusal: CaseBatchResult,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO case_batch (id, campaign_id, action, params, fingerprint, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [batch.id, batch.campaignId, batch.action, batch.params, batch.fingerprint, batch.createdBy],
      );
      if (inserted.length === 0) return false;
      await tx.query(
        `INSERT INTO case_batch_item (batch_id, position, community_id)
         SELECT $1, t.ord, t.id FROM unnest($2::text[]) WITH ORDINALITY AS t(id, ord)`,
        [batch.id, communityIds],
      );
      if (refused.length > 0)
        await tx.query(
          `UPDATE case_batch_item SET status = $3, code = $4, message = $5, details = $6, finished_at = now()
            WHERE batch_id = $1 AND community_id = ANY($2::text[])`,
          [batch.id, refused, refusal.status, refusal.code, refusal.message, refusal.details],
        );
      return true;
    });
  }

  async find(id: string): Promise<CaseBatchRow | null> {
    const rows: (CaseBatchRow & { stoppedAt: Date | null })[] = await this.dataSource.query(
      `SELECT id, campaign_id AS "campaignId", action, params, fingerprint, created_by AS "createdBy",
              created_at AS "createdAt", stopped_at AS "stoppedAt", stopped_by AS "stoppedBy"
         FROM case_batch WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    return row ? { ...row, stoppedAt: row.stoppedAt?.toISOString() ?? null } : null;
  }

  /** How many of the batch's cases stand at each status (one grouped read of its primary key range). */
  async counts(id: string): Promise<Record<BatchItemStatus, number>> {
    const rows: { status: BatchItemStatus; n: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS n FROM case_batch_item WHERE batch_id = $1 GROUP BY status`,
      [id],
    );
    const counts = Object.fromEntries(BATCH_ITEM_STATUSES.map((status) => [status, 0]));
    for (const row of rows) counts[row.status] = row.n;
    return counts as Record<BatchItemStatus, number>;
  }

  /**
   * One page of the batch's cases in order, of one status if given (idx_case_batch_item_status), with each
   * community's name from the case list — only where the case lies under `scopePath` (null: anywhere), so
   * a case the reader may not see shows by the id they gave and nothing else.
   */
  async itemsPage(
    batch: Pick<CaseBatchRow, 'id' | 'campaignId'>,
    scopePath: string | null,
    page: { status: BatchItemStatus | null; limit: number; offset: number },
  ): Promise<CaseBatchItemRow[]> {
    const rows: (CaseBatchItemRow & { finishedAt: Date | null })[] = await this.dataSource.query(
      `SELECT i.position, i.community_id AS "communityId",
              coalesce(p.snapshot -> 'community' ->> 'name', i.community_id) AS "communityName",
              i.status, i.code, i.message, i.details, i.finished_at AS "finishedAt"
         FROM case_batch_item i
         LEFT JOIN case_projection p ON p.campaign_id = $2 AND p.community_id = i.community_id
                                    AND ($3::text IS NULL OR p.community_path LIKE $3 || '%')
        WHERE i.batch_id = $1 AND ($4::text IS NULL OR i.status = $4)
        ORDER BY i.position LIMIT $5 OFFSET $6`,
      [batch.id, batch.campaignId, scopePath, page.status, page.limit, page.offset],
    );
    return rows.map((row) => ({ ...row, finishedAt: row.finishedAt?.toISOString() ?? null }));
  }

  /**
   * Those of `communityIds` that are cases of the campaign under `scopePath` (null: anywhere): the cases a
   * batch may act on (idx_case_projection_campaign_community).
   */
  async reachableCommunityIds(
    campaignId: string,
    scopePath: string | null,
    communityIds: string[],
  ): Promise<Set<string>> {
    const rows: { community_id: string }[] = await this.dataSource.query(
      `SELECT community_id FROM case_projection
        WHERE campaign_id = $1 AND community_id = ANY($2::text[])
          AND ($3::text IS NULL OR community_path LIKE $3 || '%')`,
      [campaignId, communityIds, scopePath],
    );
    return new Set(rows.map((row) => row.community_id));
  }

  /**
   * Stops the batch (once): its cases not yet done become NOT_RUN, in one transaction, except those at
   * `inFlight` (being acted on now: their results are recorded as they come out). False when it was
   * already stopped (nothing written).
   */
  async stop(id: string, stoppedBy: string, inFlight: number[] = []): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const stopped: unknown[] = await tx.query(
        `UPDATE case_batch SET stopped_at = now(), stopped_by = $2
          WHERE id = $1 AND stopped_at IS NULL RETURNING id`,
        [id, stoppedBy],
      );
      if (stopped.length === 0) return false;
      await tx.query(
        `UPDATE case_batch_item SET status = 'NOT_RUN', finished_at = now()
          WHERE batch_id = $1 AND status IN ('PENDING', 'FAILED') AND NOT (position = ANY($2::int[]))`,
        [id, inFlight],
      );
      return true;
    });
  }

  /** Whether the batch has been stopped (the runner asks before each case, whichever process runs it). */
  async isStopped(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM case_batch WHERE id = $1 AND stopped_at IS NOT NULL`,
      [id],
    );
    return rows.length > 0;
  }

  /** The items still to run (never run, or failed for a passing reason), in order. */
  async unfinished(id: string): Promise<{ position: number; communityId: string }[]> {
    return this.dataSource.query(
      `SELECT position, community_id AS "communityId" FROM case_batch_item
        WHERE batch_id = $1 AND status IN ('PENDING', 'FAILED') ORDER BY position`,
      [id],
    );
  }

  /** Records a case's result; a case that failed for now in a batch stopped meanwhile stays NOT_RUN. */
  async recordResult(id: string, position: number, result: CaseBatchResult): Promise<void> {
    await this.dataSource.query(
      `UPDATE case_batch_item i
          SET status = CASE WHEN $3 = 'FAILED' AND b.stopped_at IS NOT NULL THEN 'NOT_RUN' ELSE $3 END,
              code = $4, message = $5, details = $6, finished_at = now()
         FROM case_batch b
        WHERE b.id = $1 AND i.batch_id = $1 AND i.position = $2`,
      [id, position, result.status, result.code, result.message, result.details],
    );
  }

  /**
   * Community ids of a campaign's cases under `scopePath` (null: all) that match the filter, in the
   * case list's order, at most `limit` + 1 (so the caller can tell there were more).
   */
  async matchingCommunityIds(
    campaignId: string,
    scopePath: string | null,
    filter: CaseBatchFilter,
    limit: number,
  ): Promise<string[]> {
    const rows: { community_id: string }[] = await this.dataSource.query(
      `SELECT community_id FROM case_projection
        WHERE campaign_id = $1
          AND ($2::text IS NULL OR community_path LIKE $2 || '%')
          AND ($3::text IS NULL OR stage = $3)
          AND ($4::text IS NULL OR street_id = $4)
          AND ($5::text IS NULL OR tier = $5)
          AND (NOT $6::boolean OR due_at < now())
        ORDER BY community_id LIMIT $7`,
      [
        campaignId,
        scopePath,
        filter.stage ?? null,
        filter.streetId ?? null,
        filter.tier ?? null,
        filter.overdue === true,
        limit + 1,
      ],
    );
    return rows.map((row) => row.community_id);
  }
}
