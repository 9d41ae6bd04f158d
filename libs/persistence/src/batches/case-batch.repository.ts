import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Where one case of a batch stands: not yet run, done, refused by the case (and why), or failed for now. */
export type BatchItemStatus = 'PENDING' | 'SUCCEEDED' | 'REFUSED' | 'FAILED';

export interface CaseBatchRow {
  id: string;
  campaignId: string;
  action: string;
  params: Record<string, unknown>;
  fingerprint: string;
  createdBy: string;
  createdAt: string;
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

export type NewCaseBatch = Omit<CaseBatchRow, 'createdAt'>;

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

  /** Creates the batch with its items in one transaction; false (nothing written) when the id exists. */
  async create(batch: NewCaseBatch, communityIds: string[]): Promise<boolean> {
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
      return true;
    });
  }

  async find(id: string): Promise<CaseBatchRow | null> {
    const rows: CaseBatchRow[] = await this.dataSource.query(
      `SELECT id, campaign_id AS "campaignId", action, params, fingerprint, created_by AS "createdBy",
              created_at AS "createdAt"
         FROM case_batch WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The batch's cases in order, with each community's name from the case list. */
  async items(batch: Pick<CaseBatchRow, 'id' | 'campaignId'>): Promise<CaseBatchItemRow[]> {
    const rows: (CaseBatchItemRow & { finishedAt: Date | null })[] = await this.dataSource.query(
      `SELECT i.position, i.community_id AS "communityId",
              coalesce(p.snapshot -> 'community' ->> 'name', i.community_id) AS "communityName",
              i.status, i.code, i.message, i.details, i.finished_at AS "finishedAt"
         FROM case_batch_item i
         LEFT JOIN case_projection p ON p.campaign_id = $2 AND p.community_id = i.community_id
        WHERE i.batch_id = $1 ORDER BY i.position`,
      [batch.id, batch.campaignId],
    );
    return rows.map((row) => ({ ...row, finishedAt: row.finishedAt?.toISOString() ?? null }));
  }

  /** The items still to run (never run, or failed for a passing reason), in order. */
  async unfinished(id: string): Promise<{ position: number; communityId: string }[]> {
    return this.dataSource.query(
      `SELECT position, community_id AS "communityId" FROM case_batch_item
        WHERE batch_id = $1 AND status IN ('PENDING', 'FAILED') ORDER BY position`,
      [id],
    );
  }

  async recordResult(id: string, position: number, result: CaseBatchResult): Promise<void> {
    await this.dataSource.query(
      `UPDATE case_batch_item SET status = $3, code = $4, message = $5, details = $6, finished_at = now()
        WHERE batch_id = $1 AND position = $2`,
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
