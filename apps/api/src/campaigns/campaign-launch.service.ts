import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  Campaign,
  CaseInput,
  caseInputFor,
  DomainError,
  DomainErrorCode,
  launchProblems,
  ScopeCommunity,
  StandardDefinition,
} from '@app/domain';
import { CampaignEntity, JurisdictionEntity, StandardEntity } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { CaseWorkflowGateway } from '../cases/case-workflow.gateway';
import { CampaignAccess } from './campaign-access.service';
import { campaignOf, campaignViewOf, LaunchResultView, LeftOutCommunityView } from './campaign.view';

/** Cases started at once; enough to launch a street in a second or two without flooding Temporal. */
const PARALLEL_STARTS = 10;

/**
 * Launch (发布通知): opens a case for every eligible community in the campaign's scope, then marks the
 * campaign LAUNCHED. Cases first, status last: an interrupted launch leaves a DRAFT that a retry
 * finishes, counting the cases already open instead of failing on them.
 */
@Injectable()
export class CampaignLaunchService {
  constructor(
    @InjectRepository(JurisdictionEntity) private readonly jurisdictions: Repository<JurisdictionEntity>,
    @InjectRepository(StandardEntity) private readonly standards: Repository<StandardEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CampaignAccess,
    private readonly gateway: CaseWorkflowGateway,
    private readonly audit: AuditService,
  ) {}

  async launch(actor: AuthenticatedActor, id: string): Promise<LaunchResultView> {
    const campaign = campaignOf(await this.access.find(actor, id));
    if (campaign.status !== 'DRAFT') {
      const message = `Campaign ${id} is ${campaign.status}; only a DRAFT can be launched`;
      throw new DomainError(DomainErrorCode.CONFLICT, message, { status: campaign.status });
    }
    const [standard, communities] = await Promise.all([
      this.definitionOf(campaign),
      this.communitiesIn(campaign.scopeJurisdictionId),
    ]);
    const problems = launchProblems(campaign.schedule, communities, standard, Date.now());
    if (problems.length > 0) {
      throw DomainError.validation(
        problems,
        `Campaign ${id} cannot be launched yet; each problem is listed.`,
      );
    }
    const invited = communities.filter((community) => community.eligible);
    const leftOut = communities.filter((community) => !community.eligible).map(leftOutView);
    const opened = await this.openCases(campaign, invited, standard);
    await this.markLaunched(actor, id, { invited: invited.length, opened, leftOut });
    return {
      campaign: campaignViewOf(await this.access.find(actor, id)),
      casesOpened: opened,
      casesAlreadyOpen: invited.length - opened,
      leftOut,
    };
  }

  private async definitionOf(campaign: Campaign): Promise<StandardDefinition> {
    const row = await this.standards.findOneByOrFail({
      code: campaign.standard.code,
      version: campaign.standard.version,
    });
    return row.definition;
  }

  private async communitiesIn(scopeId: string): Promise<(ScopeCommunity & { reason: string | null })[]> {
    const scope = await this.jurisdictions.findOneByOrFail({ id: scopeId });
    const rows = await this.jurisdictions
      .createQueryBuilder('j')
      .where('j.level = :level', { level: 'COMMUNITY' })
      .andWhere('j.path LIKE :prefix', { prefix: `${scope.path}%` })
      .orderBy('j.path')
      .getMany();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      // Communities always have a kind and sit under a street (the table's checks and the tree's levels).
      kind: row.kind ?? 'URBAN',
      streetId: row.parentId ?? '',
      path: row.path,
      eligible: row.eligible,
      reason: row.ineligibleReason,
    }));
  }

  /** Starts every case, a few at a time; returns how many were new (the rest were already open). */
  private async openCases(
    campaign: Campaign,
    invited: ScopeCommunity[],
    standard: StandardDefinition,
  ): Promise<number> {
    let opened = 0;
    for (let start = 0; start < invited.length; start += PARALLEL_STARTS) {
      const batch = invited.slice(start, start + PARALLEL_STARTS);
      const results = await Promise.all(
        batch.map(({ id, name, kind, streetId, path }) =>
          this.openCase(caseInputFor(campaign, { id, name, kind, streetId, path }, standard)),
        ),
      );
      opened += results.filter(Boolean).length;
    }
    return opened;
  }

  private async openCase(input: CaseInput): Promise<boolean> {
    try {
      await this.gateway.start(input);
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.code === DomainErrorCode.CONFLICT) return false;
      throw error;
    }
  }

  private async markLaunched(
    actor: AuthenticatedActor,
    id: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        CampaignEntity,
        { id, status: 'DRAFT' },
        { status: 'LAUNCHED', launchedAt: new Date(), updatedAt: new Date() },
      );
      if (result.affected !== 1) {
        throw new DomainError(DomainErrorCode.CONFLICT, `Campaign ${id} was launched or cancelled meanwhile`);
      }
      await this.audit.record(actor, { action: 'LAUNCH_CAMPAIGN', campaignId: id, payload }, manager);
    });
  }
}

function leftOutView(community: ScopeCommunity & { reason: string | null }): LeftOutCommunityView {
  return { communityId: community.id, name: community.name, reason: community.reason ?? '' };
}
