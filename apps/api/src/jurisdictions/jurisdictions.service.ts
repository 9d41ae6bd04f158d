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
import { ScopeService } from '../auth/scope.service';
import { isUniqueViolation } from '../common/unique-violation';
import { CreateJurisdictionDto, SubtreeQueryDto } from './jurisdiction.dto';
import { JurisdictionView, SubtreePage } from './jurisdiction.view';
import { jurisdictionViewOf } from './jurisdiction.mapper';
import { ScopeNodeView, ScopeSummaryQueryDto, ScopeSummaryView } from './scope-summary.view';

const DEFAULT_PAGE = 500;

/** The jurisdiction tree: nodes are added under a parent (never moved), subtrees read by path prefix. */
@Injectable()
export class JurisdictionsService {
  constructor(
    private readonly jurisdictions: JurisdictionRepository,
    private readonly transactions: Transactions,
    private readonly scope: ScopeService,
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
}
