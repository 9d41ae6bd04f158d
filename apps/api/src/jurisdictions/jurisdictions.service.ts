import { Injectable } from '@nestjs/common';
import {
  childPath,
  DomainError,
  DomainErrorCode,
  JurisdictionNodeInput,
  validateJurisdictionNode,
} from '@app/domain';
import { JurisdictionRepository, Transactions } from '@app/persistence';
import { AuditService, SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { CampaignScope } from '../auth/campaign-scope.service';
import { ScopeService } from '../auth/scope.service';
import { isUniqueViolation } from '../common/unique-violation';
import { CampaignStreetsQueryDto, CreateJurisdictionDto, SubtreeQueryDto } from './jurisdiction.dto';
import { JurisdictionView, SubtreePage } from './jurisdiction.view';
import { jurisdictionViewOf } from './jurisdiction.mapper';
import { ScopeNodeView, ScopeSummaryQueryDto, ScopeSummaryView } from './scope-summary.view';

const DEFAULT_PAGE = 500;
const DEFAULT_STREET_PAGE = 20;

/** The jurisdiction tree: nodes are added under a parent (never moved), subtrees read by path prefix. */
@Injectable()
export class JurisdictionsService {
  constructor(
    private readonly jurisdictions: JurisdictionRepository,
    private readonly transactions: Transactions,
    private readonly scope: ScopeService,
    private readonly campaignScope: CampaignScope,
    private readonly audit: AuditService,
  ) {}

  /** Adds a node under its parent, computing its path; 422 lists every problem, 409 on a taken id. */
  async create(actor: AuthenticatedActor, dto: CreateJurisdictionDto): Promise<JurisdictionView> {
    const node: JurisdictionNodeInput = {
      id: dto.id,
      parentId: dto.parentId ?? null,
      level: dto.level,
      name: dto.name,
      kind: dto.kind ?? null,
      eligible: dto.eligible ?? true,
      ineligibleReason: dto.ineligibleReason ?? null,
    };
    const parent = node.parentId === null ? null : await this.jurisdictions.findById(node.parentId);
    const problems = validateJurisdictionNode(node, node.parentId === null ? null : parent?.level);
    if (node.parentId !== null && parent === null) {
      problems.unshift({
        field: 'parentId',
        message: `expected an existing jurisdiction; there is no ${node.parentId}`,
      });
    }
    if (problems.length > 0) throw DomainError.validation(problems);
    const row = this.jurisdictions.newRow({ ...node, path: childPath(parent?.path ?? null, node.id) });
    try {
      await this.transactions.run(async (manager) => {
        await this.jurisdictions.insert(manager, row);
        const payload = { ...node, path: row.path };
        await this.audit.record(
          actor,
          { action: 'CREATE_JURISDICTION', campaignId: SYSTEM_AUDIT_CHAIN, payload },
          manager,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(DomainErrorCode.CONFLICT, `Jurisdiction ${node.id} already exists`, {
          id: node.id,
        });
      }
      throw error;
    }
    return jurisdictionViewOf(row);
  }

  /**
   * A node and its children, each with its communities counted: eligible, not eligible (and why), and
   * already titled for the given title and year (title_counts_before_campaign, the rule progress uses).
   * One grouped statement over the subtree's communities (path prefix index).
   */
  async scopeSummary(
    actor: AuthenticatedActor,
    id: string,
    query: ScopeSummaryQueryDto,
  ): Promise<ScopeSummaryView> {
    const path = await this.scope.pathOf(id);
    if (path === null || !this.scope.isWithin(actor, path)) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, `No jurisdiction ${id}`);
    }
    const rows: ScopeNodeView[] = await this.jurisdictions.scopeSummaryRows(
      id,
      query.titleKind ?? '',
      query.year ?? new Date().getFullYear(),
    );
    const node = rows.find((row) => row.id === id)!;
    return { node, children: rows.filter((row) => row.id !== id) };
  }

  /**
   * The node and everything under it, in path order (of one level, and whose name starts with `name`, when
   * given); 404 when it is unknown or outside the actor's scope.
   */
  async subtree(actor: AuthenticatedActor, id: string, query: SubtreeQueryDto): Promise<SubtreePage> {
    const path = await this.scope.pathOf(id);
    if (path === null || !this.scope.isWithin(actor, path)) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, `No jurisdiction ${id}`);
    }
    const limit = query.limit ?? DEFAULT_PAGE;
    const found = await this.jurisdictions.subtreePage(path, limit + 1, query.level, query.after, query.name);
    const items = found.slice(0, limit).map(jurisdictionViewOf);
    return { items, nextAfter: found.length > limit ? items[items.length - 1].path : null };
  }

  /**
   * The campaign's streets that lie within the caller's scope (a street organizer: its own street; an office
   * above the campaign: all of the campaign's), in path order, whose name starts with `name` when given.
   * The caller's access to the campaign was checked (@CampaignScoped); one query under the deeper of the two
   * paths (path prefix and level + name prefix indexes).
   */
  async campaignStreets(
    actor: AuthenticatedActor,
    campaignId: string,
    query: CampaignStreetsQueryDto,
  ): Promise<SubtreePage> {
    const campaign = await this.campaignScope.whereabouts(campaignId);
    const mine = this.scope.subtreeOf(actor);
    if (campaign === null) throw new DomainError(DomainErrorCode.NOT_FOUND, `No campaign ${campaignId}`);
    const under = mine === null ? null : deeperOf(campaign.scopePath, mine);
    if (under === null) return { items: [], nextAfter: null };
    const limit = query.limit ?? DEFAULT_STREET_PAGE;
    const found = await this.jurisdictions.subtreePage(under, limit + 1, 'STREET', query.after, query.name);
    const items = found.slice(0, limit).map(jurisdictionViewOf);
    return { items, nextAfter: found.length > limit ? items[items.length - 1].path : null };
  }
}

/** Of two subtrees, the one inside the other (their intersection); null when they do not meet. */
function deeperOf(a: string, b: string): string | null {
  if (a.startsWith(b)) return a;
  if (b.startsWith(a)) return b;
  return null;
}
