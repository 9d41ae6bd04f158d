import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

// One batch of finished deliveries (delivered or given up) that finished before the cutoff. SKIP
// LOCKED: another worker's retention pass (or anything holding a row) is never waited for.
const PURGE_DELIVERIES = `
  DELETE FROM outbox_delivery
   WHERE id IN (SELECT id FROM outbox_delivery
                 WHERE status <> 'PENDING' AND finished_at < $1::timestamptz
                 LIMIT $2
                 FOR UPDATE SKIP LOCKED)`;

// One batch of messages past the cutoff that no delivery refers to any more: every delivery of theirs
// has been purged (or there never was one). A message with a pending delivery always has that row.
const PURGE_MESSAGES = `
  DELETE FROM outbox_message
   WHERE id IN (SELECT m.id FROM outbox_message m
                 WHERE m.created_at < $1::timestamptz
                   AND NOT EXISTS (SELECT 1 FROM outbox_delivery d WHERE d.message_id = m.id)
                 LIMIT $2
                 FOR UPDATE SKIP LOCKED)`;

/** Rows one retention pass deleted. */
export interface RetentionResult {
  deliveries: number;
  messages: number;
}

/**
 * Deletes what the outbox no longer needs, set-based and in batches (each its own short statement, so no
 * long lock and no huge transaction): finished deliveries older than the cutoff, then messages older
 * than it left without deliveries. Pending deliveries, and their messages, are never deleted.
 */
@Injectable()
export class OutboxRetentionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async purge(cutoff: Date, batchSize: number): Promise<RetentionResult> {
    const deliveries = await this.repeat(PURGE_DELIVERIES, cutoff, batchSize);
    const messages = await this.repeat(PURGE_MESSAGES, cutoff, batchSize);
    return { deliveries, messages };
  }

  /** Runs one batch statement until a batch comes back short; returns the rows deleted. */
  private async repeat(statement: string, cutoff: Date, batchSize: number): Promise<number> {
    let total = 0;
    for (;;) {
      // pg returns [rows, affected] for DELETE.
      const [, deleted] = await this.dataSource.query<[unknown[], number]>(statement, [
        cutoff.toISOString(),
        batchSize,
      ]);
      total += deleted;
      if (deleted < batchSize) return total;
    }
  }
}
