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
}
