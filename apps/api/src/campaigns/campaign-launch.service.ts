import { Injectable } from '@nestjs/common';
import {
  Campaign,
  caseInputFor,
  DEFAULT_TIME_ZONE,
  DomainError,
  DomainErrorCode,
  launchProblems,
  newCaseState,
  ScopeCommunity,
  StandardDefinition,
  WEEKENDS_ONLY,
} from '@app/domain';
import {
  CampaignRepository,
  insertInvitedCases,
  JurisdictionRepository,
  ScopeCommunityRow,
  StandardRepository,
  Transaction,
  Transactions,
} from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { CampaignWorkflowClient } from './campaign-workflow.client';
import { CampaignAccess } from './campaign-access.service';
import { LaunchResultView, LeftOutCommunityView } from './campaign.view';
import { campaignOf } from './campaign.mapper';
import { CampaignsService } from './campaigns.service';

/**
 * Launch (发布通知): opens a case for every eligible community in the campaign's scope in one statement
 * (a street or a nation alike) and starts the campaign workflow; a case's own workflow starts on its
 * community's first action.
 */
@Injectable()
export class CampaignLaunchService {
  constructor(
    private readonly jurisdictions: JurisdictionRepository,
    private readonly standards: StandardRepository,
    private readonly campaignRows: CampaignRepository,
    private readonly transactions: Transactions,
    private readonly access: CampaignAccess,
    private readonly campaignWorkflow: CampaignWorkflowClient,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
  ) {}

  async launch(actor: AuthenticatedActor, id: string): Promise<LaunchResultView> {
    const campaign = campaignOf(await this.access.find(actor, id, 'MANAGE'));
    if (campaign.status !== 'DRAFT') {
      const message = `Campaign ${id} is ${campaign.status}; only a DRAFT can be launched`;
      throw new DomainError(DomainErrorCode.CONFLICT, message, { status: campaign.status });
    }
    const [standard, scope] = await Promise.all([
      this.definitionOf(campaign),
      this.scopeOf(campaign.scopeJurisdictionId),
    ]);
    const problems = launchProblems(campaign.schedule, scope.sample, standard, Date.now());
    if (problems.length > 0) {
      throw DomainError.validation(
        problems,
        `Campaign ${id} cannot be launched yet; each problem is listed.`,
      );
    }
    // The campaign workflow first (idempotent), then every case row, the status and the audit line in
    // one transaction: a launch is all or nothing, and a retry after a failure simply runs again.
    await this.campaignWorkflow.start(campaign);
    const leftOut = scope.leftOut.map(leftOutView);
    const opened = await this.transactions.run(async (transaction) => {
      // Only the opening state goes into the rows; the zone and calendar join the input at the case's start.
      const time = { timeZone: DEFAULT_TIME_ZONE, calendar: WEEKENDS_ONLY };
      const template = newCaseState('', caseInputFor(campaign, PLACEHOLDER, standard, time), Date.now());
      const inserted = await insertInvitedCases(transaction, { id, scopePath: scope.path, template });
      await this.markLaunched(transaction, actor, id, {
        invited: scope.eligible,
        opened: inserted,
        leftOut: leftOut.length,
      });
      return inserted;
    });
    this.access.changed(id);
    return {
      campaign: await this.campaigns.get(actor, id),
      casesOpened: opened,
      casesAlreadyOpen: scope.eligible - opened,
      leftOut,
    };
  }

  private async definitionOf(campaign: Campaign): Promise<StandardDefinition> {
    const row = await this.standards.getVersion(campaign.standard.code, campaign.standard.version);
    return row.definition;
  }

  /**
   * The scope in three set-based queries, whatever its size: its path, a few eligible communities of
   * each kind (enough for the launch checks), the count of eligible ones and the ineligible ones.
   */
  private async scopeOf(scopeId: string): Promise<ScopeSummary> {
    const scope = await this.jurisdictions.getById(scopeId);
    const { sample, eligible, ineligible } = await this.jurisdictions.communitiesUnder(scope.path);
    return {
      path: scope.path,
      sample: sample.map(scopeCommunityOf),
      eligible,
      leftOut: ineligible.map(scopeCommunityOf),
    };
  }

  private async markLaunched(
    transaction: Transaction,
    actor: AuthenticatedActor,
    id: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    const launched = await this.campaignRows.updateIfStatus(transaction, id, 'DRAFT', {
      status: 'LAUNCHED',
      launchedAt: new Date(),
      updatedAt: new Date(),
    });
    if (!launched) {
      throw new DomainError(DomainErrorCode.CONFLICT, `Campaign ${id} was launched or cancelled meanwhile`);
    }
    await this.audit.record(actor, { action: 'LAUNCH_CAMPAIGN', campaignId: id, payload }, transaction);
  }
}

interface ScopeSummary {
  path: string;
  sample: (ScopeCommunity & { reason: string | null })[];
  eligible: number;
  leftOut: (ScopeCommunity & { reason: string | null })[];
}

// The per-community fields of the template are filled in by the launch statement.
const PLACEHOLDER = { id: '', name: '', kind: 'URBAN' as const, streetId: '', path: '' };

function scopeCommunityOf(row: ScopeCommunityRow): ScopeCommunity & { reason: string | null } {
  // Communities always have a kind and sit under a street (the table's checks and the tree's levels).
  const { id, name, path, eligible } = row;
  return {
    id,
    name,
    kind: row.kind ?? 'URBAN',
    streetId: row.parent_id ?? '',
    path,
    eligible,
    reason: row.ineligible_reason,
  };
}

function leftOutView(community: ScopeCommunity & { reason: string | null }): LeftOutCommunityView {
  return { communityId: community.id, name: community.name, reason: community.reason ?? '' };
}
