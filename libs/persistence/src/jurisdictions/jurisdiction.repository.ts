import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { JurisdictionLevel } from '@app/domain';
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
}
