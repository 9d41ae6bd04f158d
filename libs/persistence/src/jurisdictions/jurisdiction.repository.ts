import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { CommunityKind, JurisdictionLevel } from '@app/domain';
import type { Transaction } from '../transactions';
import { JurisdictionEntity } from '../entities/jurisdiction.entity';

/** A jurisdiction as a report or a scope check names it. */
export interface JurisdictionNode {
  id: string;
  name: string;
  level: JurisdictionLevel;
  path: string;
}

/** A community of a campaign's scope as the launch reads it. */
export interface ScopeCommunityRow {
  id: string;
  name: string;
  kind: 'URBAN' | 'RURAL' | null;
  parent_id: string | null;
  path: string;
  eligible: boolean;
  ineligible_reason: string | null;
}

/** Nodes to insert at once, column by column (the i-th of each array is one node). */
export interface ImportedJurisdictionColumns {
  id: string[];
  parentId: (string | null)[];
  level: JurisdictionLevel[];
  name: string[];
  kind: (string | null)[];
  eligible: boolean[];
  ineligibleReason: (string | null)[];
  path: string[];
}

/** A node of a scope summary with its communities counted. */
export interface ScopeSummaryRow {
  id: string;
  parentId: string | null;
  name: string;
  level: JurisdictionLevel;
  path: string;
  kind: CommunityKind | null;
  communities: number;
  eligible: number;
  ineligible: number;
  ineligibleReasons: string[];
  titled: number;
}

/** Every statement on the jurisdiction tree (辖区). */
@Injectable()
export class JurisdictionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The nodes of the given ids that exist (absent ids and nulls simply missing). */
  nodesByIds(ids: (string | null)[]): Promise<JurisdictionNode[]> {
    return this.dataSource.query<JurisdictionNode[]>(
      `SELECT id, name, level, path FROM jurisdiction WHERE id = ANY($1::text[])`,
      [ids],
    );
  }

  /** The paths of those of the communities that lie under `subtree`, by community id. */
  async communityPathsUnder(communityIds: string[], subtree: string): Promise<Map<string, string>> {
    const rows = await this.dataSource.query<{ id: string; path: string }[]>(
      `SELECT id, path FROM jurisdiction WHERE level = 'COMMUNITY' AND id = ANY($1::text[]) AND path LIKE $2 || '%'`,
      [communityIds, subtree],
    );
    return new Map(rows.map((row) => [row.id, row.path]));
  }

  /** A jurisdiction's name; null when there is none of that id. */
  async nameOf(id: string): Promise<string | null> {
    const row = await this.dataSource
      .getRepository(JurisdictionEntity)
      .findOne({ select: { name: true }, where: { id } });
    return row?.name ?? null;
  }

  /** The jurisdiction of that id, or null. */
  findById(id: string): Promise<JurisdictionEntity | null> {
    return this.dataSource.getRepository(JurisdictionEntity).findOne({ where: { id } });
  }

  /** The materialised path of a jurisdiction ('/zj/hz/xh/sfjd/'), or null when there is no such id. */
  async pathOf(id: string): Promise<string | null> {
    const node = await this.dataSource
      .getRepository(JurisdictionEntity)
      .findOne({ select: { path: true }, where: { id } });
    return node?.path ?? null;
  }

  /** Paths of many jurisdictions in one query; unknown ids are absent from the map. */
  async pathsOf(ids: string[]): Promise<Map<string, string>> {
    const nodes = await this.dataSource.getRepository(JurisdictionEntity).find({
      select: { id: true, path: true },
      where: { id: In(ids) },
    });
    return new Map(nodes.map((node) => [node.id, node.path]));
  }

  /** The jurisdiction of that id; throws when there is none. */
  getById(id: string): Promise<JurisdictionEntity> {
    return this.dataSource.getRepository(JurisdictionEntity).findOneByOrFail({ id });
  }

  /**
   * The communities under a path in three set-based queries, whatever their number: up to 20 eligible
   * ones of each kind, how many are eligible, and the first 1,000 ineligible ones.
   */
  async communitiesUnder(
    path: string,
  ): Promise<{ sample: ScopeCommunityRow[]; eligible: number; ineligible: ScopeCommunityRow[] }> {
    const inScope = `level = 'COMMUNITY' AND path LIKE $1 || '%'`;
    const [sample, counted, ineligible] = await Promise.all([
      this.dataSource.query<ScopeCommunityRow[]>(
        `SELECT * FROM (SELECT id, name, kind, parent_id, path, eligible, ineligible_reason,
                               row_number() OVER (PARTITION BY kind ORDER BY path) AS n
                          FROM jurisdiction WHERE ${inScope} AND eligible) s WHERE n <= 20`,
        [path],
      ),
      this.dataSource.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM jurisdiction WHERE ${inScope} AND eligible`,
        [path],
      ),
      this.dataSource.query<ScopeCommunityRow[]>(
        `SELECT id, name, kind, parent_id, path, eligible, ineligible_reason FROM jurisdiction
          WHERE ${inScope} AND NOT eligible ORDER BY path LIMIT 1000`,
        [path],
      ),
    ]);
    return { sample, eligible: Number(counted[0].n), ineligible };
  }

  /** A new jurisdiction row (not yet written). */
  newRow(fields: Partial<JurisdictionEntity>): JurisdictionEntity {
    return this.dataSource.getRepository(JurisdictionEntity).create(fields);
  }

  /** Writes a new jurisdiction in the caller's transaction (a taken id: unique violation). */
  async insert(transaction: Transaction, row: JurisdictionEntity): Promise<void> {
    await transaction.insert(JurisdictionEntity, row);
  }

  /**
   * A node and its children, each with its communities counted: eligible, not eligible (and why), and
   * already titled for the title and year (title_counts_before_campaign). One grouped statement.
   */
  scopeSummaryRows(id: string, titleKind: string, year: number): Promise<ScopeSummaryRow[]> {
    return this.dataSource.query<ScopeSummaryRow[]>(
      `SELECT n.id, n.parent_id AS "parentId", n.name, n.level, n.path, n.kind,
              count(m.id)::int AS communities,
              count(m.id) FILTER (WHERE m.eligible)::int AS eligible,
              count(m.id) FILTER (WHERE NOT m.eligible)::int AS ineligible,
              COALESCE(array_agg(DISTINCT m.ineligible_reason) FILTER (WHERE NOT m.eligible AND m.ineligible_reason IS NOT NULL), '{}') AS "ineligibleReasons",
              count(m.id) FILTER (WHERE m.eligible AND EXISTS (
                SELECT 1 FROM community_title t
                 WHERE t.community_id = m.id AND t.title_kind = $2
                   AND title_counts_before_campaign(t.source, t.year, t.campaign_id, t.valid_until, t.revoked_at, '', $3))
              )::int AS titled
         FROM jurisdiction n
         LEFT JOIN jurisdiction m ON m.level = 'COMMUNITY' AND m.path LIKE n.path || '%'
        WHERE n.id = $1 OR n.parent_id = $1
        GROUP BY n.id ORDER BY n.path`,
      [id, titleKind, year],
    );
  }

  /**
   * Up to `limit` nodes under `path` in path order, of one level if given, after the path `after` if given,
   * whose name starts with `name` if given (LIKE wildcards in it taken literally).
   */
  subtreePage(
    path: string,
    limit: number,
    level: JurisdictionLevel | undefined,
    after: string | undefined,
    name?: string,
  ): Promise<JurisdictionEntity[]> {
    const rows = this.dataSource
      .getRepository(JurisdictionEntity)
      .createQueryBuilder('j')
      .where('j.path LIKE :prefix', { prefix: `${path}%` })
      .orderBy('j.path')
      .limit(limit);
    if (level !== undefined) rows.andWhere('j.level = :level', { level });
    if (after !== undefined) rows.andWhere('j.path > :after', { after });
    if (name !== undefined)
      rows.andWhere("j.name LIKE :name ESCAPE '\\'", { name: `${name.replace(/[\\%_]/g, '\\$&')}%` });
    return rows.getMany();
  }

  /** Level and path of those of the ids that exist (what an import's rows refer to). */
  levelsAndPaths(ids: string[]): Promise<{ id: string; level: JurisdictionLevel; path: string }[]> {
    return this.dataSource.query<{ id: string; level: JurisdictionLevel; path: string }[]>(
      `SELECT id, level, path FROM jurisdiction WHERE id = ANY($1::text[])`,
      [ids],
    );
  }

  /** Inserts many nodes with one statement, in the caller's transaction, parents before children. */
  async insertMany(transaction: Transaction, rows: ImportedJurisdictionColumns): Promise<void> {
    // Parents come before children in the file, and unnest keeps that order within one statement.
    await transaction.query(
      `INSERT INTO jurisdiction (id, parent_id, level, name, kind, eligible, ineligible_reason, path)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[],
                            $7::text[], $8::text[])`,
      [
        rows.id,
        rows.parentId,
        rows.level,
        rows.name,
        rows.kind,
        rows.eligible,
        rows.ineligibleReason,
        rows.path,
      ],
    );
  }
}
