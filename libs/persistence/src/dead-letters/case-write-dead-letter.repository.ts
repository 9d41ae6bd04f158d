import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A case write the database refused, as the case workflow reports it. */
export interface CaseWriteFailure {
  workflowId: string;
  campaignId: string;
  communityId: string;
  /** The held steps: the first and last case seq not written. */
  firstSeq: number;
  lastSeq: number;
  /** The database's (or the activity's) message. */
  error: string;
  /** SQLSTATE (e.g. 23514) or the failure's type, when known. */
  errorCode: string | null;
}

/** A dead letter as listed: the failure, how often it failed, since when, and whether it is resolved. */
export interface CaseWriteDeadLetter extends CaseWriteFailure {
  id: string;
  failures: number;
  firstFailedAt: string;
  lastFailedAt: string;
  retryRequestedAt: string | null;
  resolvedAt: string | null;
}

// The open row of the case is updated by a repeated failure (one per case); a new one opens otherwise.
const RECORD = `
  INSERT INTO case_write_dead_letter (workflow_id, campaign_id, community_id, first_seq, last_seq, error, error_code)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (workflow_id) WHERE resolved_at IS NULL DO UPDATE
     SET last_seq = EXCLUDED.last_seq, error = EXCLUDED.error, error_code = EXCLUDED.error_code,
         failures = case_write_dead_letter.failures + 1, last_failed_at = now()
  RETURNING id::text AS id`;

const COLUMNS = `id::text AS id, workflow_id AS "workflowId", campaign_id AS "campaignId",
  community_id AS "communityId", first_seq AS "firstSeq", last_seq AS "lastSeq", error, error_code AS "errorCode",
  failures, first_failed_at AS "firstFailedAt", last_failed_at AS "lastFailedAt",
  retry_requested_at AS "retryRequestedAt", resolved_at AS "resolvedAt"`;

type Row = Omit<CaseWriteDeadLetter, 'firstFailedAt' | 'lastFailedAt' | 'retryRequestedAt' | 'resolvedAt'> & {
  firstFailedAt: Date;
  lastFailedAt: Date;
  retryRequestedAt: Date | null;
  resolvedAt: Date | null;
};

function letterOf(row: Row): CaseWriteDeadLetter {
  return {
    ...row,
    firstFailedAt: row.firstFailedAt.toISOString(),
    lastFailedAt: row.lastFailedAt.toISOString(),
    retryRequestedAt: row.retryRequestedAt?.toISOString() ?? null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
  };
}

/** Every statement on case_write_dead_letter: the worker records and resolves, the API lists and retries. */
@Injectable()
export class CaseWriteDeadLetterRepository {
  constructor(@InjectDataSource() private readonly manager: DataSource | EntityManager) {}

  /** Opens the case's dead letter, or counts one more failure on the open one; returns its id. */
  async record(failure: CaseWriteFailure): Promise<string> {
    const { workflowId, campaignId, communityId, firstSeq, lastSeq, error, errorCode } = failure;
    const rows = await this.manager.query<{ id: string }[]>(RECORD, [
      workflowId,
      campaignId,
      communityId,
      firstSeq,
      lastSeq,
      error.slice(0, 2000),
      errorCode,
    ]);
    return rows[0].id;
  }

  /** Closes the case's open dead letter once its steps are written (idempotent). */
  async resolve(workflowId: string): Promise<void> {
    await this.manager.query(
      `UPDATE case_write_dead_letter SET resolved_at = now() WHERE workflow_id = $1 AND resolved_at IS NULL`,
      [workflowId],
    );
  }

  /** Notes that an operator asked for a retry now. */
  async markRetryRequested(id: string): Promise<void> {
    await this.manager.query(`UPDATE case_write_dead_letter SET retry_requested_at = now() WHERE id = $1`, [
      id,
    ]);
  }

  /** Open dead letters, oldest first (at most `limit`), and how many are open in all. */
  async open(limit: number): Promise<{ total: number; letters: CaseWriteDeadLetter[] }> {
    const [{ total }] = await this.manager.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM case_write_dead_letter WHERE resolved_at IS NULL`,
    );
    const rows = await this.manager.query<Row[]>(
      `SELECT ${COLUMNS} FROM case_write_dead_letter WHERE resolved_at IS NULL ORDER BY id LIMIT $1`,
      [limit],
    );
    return { total, letters: rows.map(letterOf) };
  }

  /** Newest first, open and resolved, optionally only open ones. */
  async list(options: { openOnly: boolean; limit: number }): Promise<CaseWriteDeadLetter[]> {
    const where = options.openOnly ? 'WHERE resolved_at IS NULL' : '';
    const rows = await this.manager.query<Row[]>(
      `SELECT ${COLUMNS} FROM case_write_dead_letter ${where} ORDER BY id DESC LIMIT $1`,
      [options.limit],
    );
    return rows.map(letterOf);
  }

  async find(id: string): Promise<CaseWriteDeadLetter | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const rows = await this.manager.query<Row[]>(
      `SELECT ${COLUMNS} FROM case_write_dead_letter WHERE id = $1`,
      [id],
    );
    return rows[0] ? letterOf(rows[0]) : null;
  }
}
