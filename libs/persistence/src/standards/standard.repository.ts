import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StandardTier } from '@app/domain';
import { StandardEntity } from '../entities/standard.entity';
import type { Transaction } from '../transactions';

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

  /** Every version of every standard without its definition, by code then version. */
  summaries(): Promise<StandardEntity[]> {
    return this.dataSource.getRepository(StandardEntity).find({
      select: {
        id: true,
        code: true,
        version: true,
        title: true,
        titleKind: true,
        createdBy: true,
        createdAt: true,
      },
      order: { code: 'ASC', version: 'ASC' },
    });
  }

  /** A standard version whole; null when there is none. */
  findVersion(code: string, version: number): Promise<StandardEntity | null> {
    return this.dataSource.getRepository(StandardEntity).findOneBy({ code, version });
  }

  /** The latest version of a code; null when the code is unknown. */
  async latestVersion(code: string): Promise<number | null> {
    const row = await this.dataSource.getRepository(StandardEntity).findOne({
      select: { version: true },
      where: { code },
      order: { version: 'DESC' },
    });
    return row?.version ?? null;
  }

  /** A new standard version's row (not yet written). */
  newRow(fields: Partial<StandardEntity>): StandardEntity {
    return this.dataSource.getRepository(StandardEntity).create(fields);
  }

  /** Writes a new standard version in the caller's transaction (a taken code and version: unique violation). */
  async save(transaction: Transaction, row: StandardEntity): Promise<void> {
    await transaction.save(row);
  }
}
