import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Transaction } from '../transactions';

/** A title a community holds or held (称号), as stored. */
export interface TitleRecord {
  id: string;
  communityId: string;
  titleKind: string;
  year: number;
  campaignId: string | null;
  certificateNumber: string;
  validUntil: string | null;
  revokedAt: string | null;
  revokedReason: string | null;
  source: 'IMPORT' | 'CAMPAIGN';
}

/** Which titles a page shows: those of communities under `subtree`, optionally one community or kind. */
export interface TitleFilter {
  subtree: string;
  communityId?: string;
  titleKind?: string;
  limit: number;
  offset: number;
}

/** An earlier year's title from an import, its community already resolved to a path. */
export interface ImportedTitle {
  communityId: string;
  communityPath: string;
  titleKind: string;
  year: number;
  certificateNumber: string;
  validUntil: string | null;
  revokedAt: string | null;
}

/** The columns of community_title as a TitleRecord reads them. */
const TITLE_COLUMNS = `id, community_id AS "communityId", title_kind AS "titleKind", year,
  campaign_id AS "campaignId", certificate_number AS "certificateNumber",
  to_char(valid_until, 'YYYY-MM-DD') AS "validUntil", to_char(revoked_at, 'YYYY-MM-DD') AS "revokedAt",
  revoked_reason AS "revokedReason", source`;

/** Every statement on the titles registry (称号). */
@Injectable()
export class TitleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of the filter's titles by community path and year, and how many there are in all. */
  async page(filter: TitleFilter): Promise<{ items: TitleRecord[]; total: number }> {
    const filters = ['community_path LIKE $1'];
    const parameters: unknown[] = [`${filter.subtree}%`];
    if (filter.communityId !== undefined) {
      parameters.push(filter.communityId);
      filters.push(`community_id = $${parameters.length}`);
    }
    if (filter.titleKind !== undefined) {
      parameters.push(filter.titleKind);
      filters.push(`title_kind = $${parameters.length}`);
    }
    const where = filters.join(' AND ');
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query<TitleRecord[]>(
        `SELECT ${TITLE_COLUMNS} FROM community_title WHERE ${where}
          ORDER BY community_path, year, certificate_number LIMIT ${filter.limit} OFFSET ${filter.offset}`,
        parameters,
      ),
      this.dataSource.query<{ total: string }[]>(
        `SELECT count(*)::text AS total FROM community_title WHERE ${where}`,
        parameters,
      ),
    ]);
    return { items, total: Number(total) };
  }

  /** The title locked for a change in the transaction, with its community's path; null when there is none. */
  async lock(
    transaction: Transaction,
    id: string,
  ): Promise<(TitleRecord & { communityPath: string }) | null> {
    const [title] = await transaction.query<(TitleRecord & { communityPath: string })[]>(
      `SELECT ${TITLE_COLUMNS}, community_path AS "communityPath" FROM community_title
        WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return title ?? null;
  }

  /** 摘牌: marks the title revoked on the day, with the reason. */
  async revoke(
    transaction: Transaction,
    id: string,
    revokedAt: string,
    reason: string,
  ): Promise<TitleRecord> {
    const [[updated]] = await transaction.query<[TitleRecord[], number]>(
      `UPDATE community_title SET revoked_at = $2::date, revoked_reason = $3 WHERE id = $1::uuid
       RETURNING ${TITLE_COLUMNS}`,
      [id, revokedAt, reason],
    );
    return updated;
  }

  /** Inserts earlier years' titles with one statement; a taken certificate number raises a unique violation. */
  async insertImported(transaction: Transaction, titles: ImportedTitle[]): Promise<void> {
    const column = <K extends keyof ImportedTitle>(key: K) => titles.map((title) => title[key]);
    await transaction.query(
      `INSERT INTO community_title (community_id, community_path, title_kind, year, certificate_number,
                                    valid_until, revoked_at, source)
       SELECT community_id, community_path, title_kind, year, certificate_number, valid_until, revoked_at, 'IMPORT'
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::date[], $7::date[])
              AS t(community_id, community_path, title_kind, year, certificate_number, valid_until, revoked_at)`,
      [
        column('communityId'),
        column('communityPath'),
        column('titleKind'),
        column('year'),
        column('certificateNumber'),
        column('validUntil'),
        column('revokedAt'),
      ],
    );
  }

  /** Which of the certificate numbers the registry already holds. */
  async takenCertificates(certificateNumbers: string[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ certificate_number: string }[]>(
      `SELECT certificate_number FROM community_title WHERE certificate_number = ANY($1::text[])`,
      [certificateNumbers],
    );
    return new Set(rows.map((row) => row.certificate_number));
  }
}
