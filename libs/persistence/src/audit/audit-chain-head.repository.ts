import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { StoredHeadLike } from './audit-checkpoint';

/** A signed head as stored, with when it was signed and its change order. */
export interface StoredHead extends StoredHeadLike {
  /** Increases with every change of any head (a bigint, as text). */
  version: string;
}

interface HeadRow {
  campaign_id: string;
  chain_index: string;
  hash: string;
  key_id: string;
  signature: string;
  signed_at: Date;
  version: string;
}

function headOf(row: HeadRow): StoredHead {
  return {
    campaignId: row.campaign_id,
    chainIndex: Number(row.chain_index),
    hash: row.hash,
    keyId: row.key_id,
    signature: row.signature,
    signedAt: row.signed_at.toISOString(),
    version: row.version,
  };
}

const HEAD_COLUMNS = 'campaign_id, chain_index, hash, key_id, signature, signed_at, version::text AS version';

/** Reads of the chains' signed heads and of the links verification compares them with. */
@Injectable()
export class AuditChainHeadRepository {
  constructor(@InjectDataSource() private readonly manager: DataSource | EntityManager) {}

  async find(campaignId: string): Promise<StoredHead | null> {
    const rows = await this.manager.query<HeadRow[]>(
      `SELECT ${HEAD_COLUMNS} FROM audit_chain_head WHERE campaign_id = $1`,
      [campaignId],
    );
    return rows[0] ? headOf(rows[0]) : null;
  }

  /** Heads changed after `version`, in change order, at most `limit`. */
  async changedSince(version: string, limit: number): Promise<StoredHead[]> {
    const rows = await this.manager.query<HeadRow[]>(
      `SELECT ${HEAD_COLUMNS} FROM audit_chain_head WHERE version > $1::bigint ORDER BY version LIMIT $2`,
      [version, limit],
    );
    return rows.map(headOf);
  }

  /** The highest version of any head ('0' when there is none). */
  async latestVersion(): Promise<string> {
    const rows = await this.manager.query<{ version: string | null }[]>(
      'SELECT max(version)::text AS version FROM audit_chain_head',
    );
    return rows[0].version ?? '0';
  }

  /** The chain's last link (index and hash) as the table holds it; null for an empty chain. */
  async lastLink(campaignId: string): Promise<{ chainIndex: number; hash: string } | null> {
    const rows = await this.manager.query<{ chain_index: string; hash: string }[]>(
      `SELECT chain_index, hash FROM audit_event WHERE campaign_id = $1 ORDER BY chain_index DESC LIMIT 1`,
      [campaignId],
    );
    return rows[0] ? { chainIndex: Number(rows[0].chain_index), hash: rows[0].hash } : null;
  }

  /** The hashes of the chain's links at these indexes (missing ones absent). */
  async hashesAt(campaignId: string, indexes: number[]): Promise<Map<number, string>> {
    if (indexes.length === 0) return new Map();
    const rows = await this.manager.query<{ chain_index: string; hash: string }[]>(
      `SELECT chain_index, hash FROM audit_event WHERE campaign_id = $1 AND chain_index = ANY($2::bigint[])`,
      [campaignId, indexes],
    );
    return new Map(rows.map((row) => [Number(row.chain_index), row.hash]));
  }
}
