import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import {
  campaignProgress,
  CampaignProgress,
  CampaignTargets,
  DomainError,
  DomainErrorCode,
  progressSheet,
  ProgressCounts,
  resultsSheet,
} from '@app/domain';
import {
  JurisdictionNode,
  ProgressCampaign,
  ProgressCountsRepository,
  ProgressSubjectRow,
} from '@app/persistence';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { ScopeService } from '../auth/scope.service';
import { CampaignScope } from '../auth/campaign-scope.service';
import { SpreadsheetFile, SpreadsheetFormat, writeSpreadsheet } from '../spreadsheets/spreadsheet';
import { CampaignProgressView, ChildProgressView } from './campaign-progress.view';

/** A campaign and the subtree of its scope a report covers, checked against the caller's scope. */
interface ProgressSubject {
  campaign: ProgressCampaign & { targets: CampaignTargets };
  node: JurisdictionNode;
  tiers: string[];
}

/** An export ready to send: the file and the name to save it under. */
export interface ExportFile extends SpreadsheetFile {
  filename: string;
}

/** Progress of a campaign or any subtree of its scope (创建进度), and its exports. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly campaignScope: CampaignScope,
    private readonly scope: ScopeService,
    private readonly counts: ProgressCountsRepository,
    private readonly config: AppConfig,
  ) {}

  async progress(
    actor: AuthenticatedActor,
    campaignId: string,
    jurisdictionId?: string,
  ): Promise<CampaignProgressView> {
    // The subject and the counters in one round trip (the dashboard's hot read); the baseline, when stale,
    // and a community's own figures take the slower paths.
    await this.campaignScope.require(actor, campaignId, 'PART');
    const found = await this.counts.subjectWithCounts(campaignId, [jurisdictionId ?? actor.scopeId]);
    const subject = this.subjectOf(actor, campaignId, jurisdictionId, found?.subject ?? null);
    const counts = found?.counts?.get(subject.node.path) ?? (await this.subtreeCounts(subject));
    const progress = this.assemble(subject, counts);
    const { campaign, node } = subject;
    return {
      campaignId: campaign.id,
      titleKind: campaign.titleKind,
      year: campaign.year,
      targets: campaign.targets,
      jurisdiction: node,
      ...progress,
    };
  }

  /**
   * The figures of each jurisdiction one level below the node (districts of a city, streets of a
   * district), read from the counters in one round trip: the dashboard's drill-down table.
   */
  async children(
    actor: AuthenticatedActor,
    campaignId: string,
    jurisdictionId?: string,
  ): Promise<ChildProgressView[]> {
    const subject = await this.subject(actor, campaignId, jurisdictionId);
    const children = await this.counts.childrenOf(subject.node.id);
    const counts = await this.counts.nodeCounts(
      subject.campaign,
      children.map((child) => child.path),
    );
    return children.map((child) => ({
      jurisdiction: child,
      ...this.assemble(subject, counts.get(child.path) as ProgressCounts),
    }));
  }

  /** The progress table: a row per street of the subtree and a total row. */
  async exportProgress(
    actor: AuthenticatedActor,
    campaignId: string,
    format: SpreadsheetFormat,
    jurisdictionId?: string,
  ): Promise<ExportFile> {
    const subject = await this.subject(actor, campaignId, jurisdictionId);
    const streets =
      subject.node.level === 'COMMUNITY' ? [] : await this.counts.streetsUnder(subject.node.path);
    const streetCounts = await this.counts.nodeCounts(
      subject.campaign,
      streets.map((street) => street.path),
    );
    const units = streets.map((street) => ({
      name: street.name,
      progress: this.assemble(subject, streetCounts.get(street.path) as ProgressCounts),
    }));
    const total = this.assemble(subject, await this.subtreeCounts(subject));
    const file = await writeSpreadsheet(progressSheet(units, total, subject.tiers), format);
    return { ...file, filename: `创建进度-${campaignId}-${subject.node.id}.${file.extension}` };
  }

  /** The results list: one row per case of the subtree. */
  async exportResults(
    actor: AuthenticatedActor,
    campaignId: string,
    format: SpreadsheetFormat,
    jurisdictionId?: string,
  ): Promise<ExportFile> {
    const subject = await this.subject(actor, campaignId, jurisdictionId);
    const results = await this.counts.results(campaignId, subject.node.path);
    const file = await writeSpreadsheet(resultsSheet(results, this.config.TIME_ZONE), format);
    return { ...file, filename: `评审结果-${campaignId}-${subject.node.id}.${file.extension}` };
  }

  private assemble(subject: ProgressSubject, counts: ProgressCounts): CampaignProgress {
    return campaignProgress({ ...counts, targets: subject.campaign.targets, tiers: subject.tiers });
  }

  private async subtreeCounts({ campaign, node }: ProgressSubject): Promise<ProgressCounts> {
    if (node.level === 'COMMUNITY') return this.counts.communityCounts(campaign, node.path);
    const counts = await this.counts.nodeCounts(campaign, [node.path]);
    return counts.get(node.path) as ProgressCounts;
  }

  /** 404 for a campaign the caller may not see, and for a subtree outside the campaign's or caller's scope. */
  private async subject(
    actor: AuthenticatedActor,
    campaignId: string,
    jurisdictionId?: string,
  ): Promise<ProgressSubject> {
    // The guard checked the level already (cached); the campaign, tiers and nodes come in one round trip.
    await this.campaignScope.require(actor, campaignId, 'PART');
    const found = await this.counts.subject(campaignId, [jurisdictionId ?? actor.scopeId]);
    return this.subjectOf(actor, campaignId, jurisdictionId, found);
  }

  /** The subtree a report covers, out of what the subject statement found; 404 as `subject`. */
  private subjectOf(
    actor: AuthenticatedActor,
    campaignId: string,
    jurisdictionId: string | undefined,
    found: ProgressSubjectRow | null,
  ): ProgressSubject {
    if (found === null) throw new DomainError(DomainErrorCode.NOT_FOUND, `No campaign ${campaignId}`);
    const campaign = { ...found, targets: found.targets as CampaignTargets };
    const nodes = found.nodes as JurisdictionNode[];
    const scopeNode = nodes.find((row) => row.id === campaign.scopeJurisdictionId);
    // By default the whole campaign, or, for an office taking part with its own subtree (PART), that subtree.
    const wholeCampaign = scopeNode !== undefined && this.scope.isWithin(actor, scopeNode.path);
    const nodeId = jurisdictionId ?? (wholeCampaign ? campaign.scopeJurisdictionId : (actor.scopeId ?? ''));
    const node = nodes.find((row) => row.id === nodeId);
    const inside = node !== undefined && scopeNode !== undefined && node.path.startsWith(scopeNode.path);
    if (!inside || !this.scope.isWithin(actor, node.path)) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, `No jurisdiction ${nodeId} in campaign ${campaignId}`);
    }
    return {
      campaign: {
        id: campaign.id,
        titleKind: campaign.titleKind,
        year: campaign.year,
        scopePath: scopeNode.path,
        targets: campaign.targets,
      },
      node,
      tiers: (found.tiers ?? []).map((tier) => tier.name),
    };
  }
}
