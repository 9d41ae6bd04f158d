import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Transaction } from '../transactions';

/** The worker's writes of the case read model (case_projection), each case step in one transaction. */
@Injectable()
export class CaseProjectionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs one case step's writes (projection, audit links, outbox) in one transaction. */
  inTransaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The one statement that writes case_projection: only a newer seq replaces what is stored. `row` is
   * the columns in order (workflow_id … due_at), as the activity derives them from the case file.
   */
  async upsert(transaction: Transaction, row: unknown[]): Promise<void> {
    await transaction.query(
      `INSERT INTO case_projection (workflow_id, campaign_id, community_id, stage, seq, snapshot, community_path,
                                    street_id, inspector_ids, tier, total_score, due_at, workflow_started, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, true, now())
       ON CONFLICT (workflow_id) DO UPDATE
         SET stage = EXCLUDED.stage, seq = EXCLUDED.seq, snapshot = EXCLUDED.snapshot,
             inspector_ids = EXCLUDED.inspector_ids, tier = EXCLUDED.tier, total_score = EXCLUDED.total_score,
             due_at = EXCLUDED.due_at, workflow_started = true, updated_at = now()
         WHERE case_projection.seq < EXCLUDED.seq`,
      row,
    );
  }
}
