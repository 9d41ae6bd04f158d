import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseInput, caseInputFor, DomainError, DomainErrorCode } from '@app/domain';
import { CampaignEntity, JurisdictionEntity } from '@app/persistence';

/**
 * What a case workflow is started from when its community first acts (launch only writes the row):
 * the campaign as it stands now (a campaign-wide extension is already in its schedule), its pinned
 * standard and the community.
 */
@Injectable()
export class CaseInputSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forCase(campaignId: string, communityId: string): Promise<CaseInput> {
    const [campaign, community] = await Promise.all([
      this.dataSource
        .getRepository(CampaignEntity)
        .findOne({ where: { id: campaignId }, relations: { standard: true } }),
      this.dataSource.getRepository(JurisdictionEntity).findOne({ where: { id: communityId } }),
    ]);
    if (!campaign?.standard || !community) {
      throw new DomainError(
        DomainErrorCode.NOT_FOUND,
        `No case for community ${communityId} in campaign ${campaignId}`,
      );
    }
    const { id, name, path } = community;
    const place = { id, name, kind: community.kind ?? 'URBAN', streetId: community.parentId ?? '', path };
    return caseInputFor(campaign, place, campaign.standard.definition);
  }
}
