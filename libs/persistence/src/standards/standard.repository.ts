import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StandardTier } from '@app/domain';
import { StandardEntity } from '../entities/standard.entity';

/** Every statement on the standards (创建标准). */
@Injectable()
export class StandardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The tier names of a standard, in its order (none when it has no tiers or does not exist). */
  async tierNames(standardId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ tiers: StandardTier[] | null }[]>(
      `SELECT definition -> 'tiers' AS tiers FROM standard WHERE id = $1`,
      [standardId],
    );
    return (rows[0]?.tiers ?? []).map((tier) => tier.name);
  }

  /** A standard version's id, code, version and title kind (what a campaign pins); null when there is none. */
  findVersionRef(code: string, version: number): Promise<StandardEntity | null> {
    return this.dataSource.getRepository(StandardEntity).findOne({
      select: { id: true, code: true, version: true, titleKind: true },
      where: { code, version },
    });
  }

  /** A standard version whole; throws when there is none. */
  getVersion(code: string, version: number): Promise<StandardEntity> {
    return this.dataSource.getRepository(StandardEntity).findOneByOrFail({ code, version });
  }
}
