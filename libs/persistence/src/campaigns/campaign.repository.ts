import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { CampaignEntity } from '../entities/campaign.entity';

/** Every statement on campaigns (创建活动) that the apps run. */
@Injectable()
export class CampaignRepository {
  private readonly campaigns: Repository<CampaignEntity>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.campaigns = dataSource.getRepository(CampaignEntity);
  }

  /** A launched campaign (drafts do not exist publicly); null otherwise. */
  findLaunched(id: string): Promise<CampaignEntity | null> {
    return this.campaigns.findOne({ where: { id, status: 'LAUNCHED' } });
  }

  /** The campaign with its pinned standard joined; null when there is none of that id. */
  findWithStandard(id: string): Promise<CampaignEntity | null> {
    return this.campaigns.findOne({ where: { id }, relations: { standard: true } });
  }
}
