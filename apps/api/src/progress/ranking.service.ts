import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseStage, selectTopN } from '@app/domain';
import { readRankingCandidates } from '@app/persistence';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { ScopeService } from '../auth/scope.service';
import { CampaignAccess } from '../campaigns/campaign-access.service';
import { PageQueryDto } from '../common/page-query.dto';
import { RankingPageView } from './ranking.view';

/**
 * The provisional top-N ranking of a campaign's scored cases, ranked on the server by the domain's own
 * rule (selectTopN, the function the campaign's award step uses), and paged: the browser never loads the
 * campaign's cases to rank them. Ranks are campaign-wide; an office sees the ranks of its own cases.
 */
@Injectable()
export class RankingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CampaignAccess,
    private readonly scope: ScopeService,
  ) {}

  async ranking(actor: AuthenticatedActor, campaignId: string, page: PageQueryDto): Promise<RankingPageView> {
    const campaign = await this.access.find(actor, campaignId);
    const { topN, tieBreak } = campaign.awardPolicy;
    const candidates = await readRankingCandidates(this.dataSource.manager, campaignId);
    const byId = new Map(candidates.map((candidate) => [candidate.communityId, candidate]));
    const ranked = selectTopN(candidates, topN ?? 0, tieBreak ?? null)
      .map((decision) => ({ decision, row: byId.get(decision.communityId)! }))
      .filter(({ row }) => this.scope.isWithin(actor, row.communityPath));
    return {
      topN: topN ?? null,
      tieBreak: tieBreak ?? null,
      total: ranked.length,
      limit: page.limit,
      offset: page.offset,
      items: ranked.slice(page.offset, page.offset + page.limit).map(({ decision, row }) => ({
        rank: decision.rank,
        communityId: row.communityId,
        communityName: row.communityName,
        stage: row.stage as CaseStage,
        tier: row.tier,
        totalScore: row.total,
        awarded: decision.awarded,
      })),
    };
  }
}
