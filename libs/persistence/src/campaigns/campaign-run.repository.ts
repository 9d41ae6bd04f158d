import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  countAwaitingTopN,
  remindUnstartedCases,
  startedCasePage,
  topNCandidates,
} from '../cases/bulk-cases';
import { CampaignEntity } from '../entities/campaign.entity';
import type { Transaction } from '../transactions';

/**
 * The campaign workflow's statements (its activities' bulk work): the campaign row's own changes, and
 * the set-based case statements of bulk-cases run outside a transaction.
 */
@Injectable()
export class CampaignRunRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs a step's statements and its audit line in one transaction. */
  inTransaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Sets one deadline of the campaign's schedule unless it is that already; how many rows changed. */
  async saveScheduleField(
    transaction: Transaction,
    campaignId: string,
    field: string,
    dueAt: string,
  ): Promise<number> {
    const result: [unknown[], number] = await transaction.query(
      `UPDATE campaign SET schedule = jsonb_set(schedule, ARRAY[$2::text], to_jsonb($3::text)), updated_at = now()
        WHERE id = $1 AND schedule ->> $2 IS DISTINCT FROM $3`,
      [campaignId, field, dueAt],
    );
    return result[1];
  }

  /** Marks the campaign CANCELLED unless it is already; how many rows changed. */
  async markCancelled(transaction: Transaction, campaignId: string): Promise<number> {
    const result: [unknown[], number] = await transaction.query(
      `UPDATE campaign SET status = 'CANCELLED', updated_at = now() WHERE id = $1 AND status <> 'CANCELLED'`,
      [campaignId],
    );
    return result[1];
  }

  /** The campaign with its standard; throws when there is none. */
  getWithStandard(campaignId: string): Promise<CampaignEntity> {
    return this.dataSource
      .getRepository(CampaignEntity)
      .findOneOrFail({ where: { id: campaignId }, relations: { standard: true } });
  }

  remindUnstarted(
    input: Parameters<typeof remindUnstartedCases>[1],
  ): ReturnType<typeof remindUnstartedCases> {
    return remindUnstartedCases(this.dataSource.manager, input);
  }

  countAwaitingTopN(campaignId: string): Promise<number> {
    return countAwaitingTopN(this.dataSource.manager, campaignId);
  }

  topNCandidates(campaignId: string): ReturnType<typeof topNCandidates> {
    return topNCandidates(this.dataSource.manager, campaignId);
  }

  startedCasePage(input: Parameters<typeof startedCasePage>[1]): ReturnType<typeof startedCasePage> {
    return startedCasePage(this.dataSource.manager, input);
  }
}
