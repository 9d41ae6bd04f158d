import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  childPath,
  DomainError,
  DomainErrorCode,
  JurisdictionNodeInput,
  validateJurisdictionNode,
} from '@app/domain';
import { JurisdictionEntity } from '@app/persistence';
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
    @InjectRepository(JurisdictionEntity) private readonly jurisdictions: Repository<JurisdictionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const parent = node.parentId === null ? null : await this.jurisdictions.findOneBy({ id: node.parentId });
    const problems = validateJurisdictionNode(node, node.parentId === null ? null : parent?.level);
    if (node.parentId !== null && parent === null) {
      problems.unshift({
        field: 'parentId',
        message: `expected an existing jurisdiction; there is no ${node.parentId}`,
      });
    }
    if (problems.length > 0) throw DomainError.validation(problems);
    const row = this.jurisdictions.create({ ...node, path: childPath(parent?.path ?? null, node.id) });
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(JurisdictionEntity, row);
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
    const rows = await this.dataSource.query<ScopeNodeView[]>(
      `SELECT n.id, n.parent_id AS "parentId", n.name, n.level, n.path, n.kind,
              count(m.id)::int AS communities,
              count(m.id) FILTER (WHERE m.eligible)::int AS eligible,
              count(m.id) FILTER (WHERE NOT m.eligible)::int AS ineligible,
              COALESCE(array_agg(DISTINCT m.ineligible_reason) FILTER (WHERE NOT m.eligible AND m.ineligible_reason IS NOT NULL), '{}') AS "ineligibleReasons",
              count(m.id) FILTER (WHERE m.eligible AND EXISTS (
                SELECT 1 FROM community_title t
                 WHERE t.community_id = m.id AND t.title_kind = $2
                   AND title_counts_before_campaign(t.source, t.year, t.campaign_id, t.valid_until, t.revoked_at, '', $3))
              )::int AS titled
         FROM jurisdiction n
         LEFT JOIN jurisdiction m ON m.level = 'COMMUNITY' AND m.path LIKE n.path || '%'
        WHERE n.id = $1 OR n.parent_id = $1
        GROUP BY n.id ORDER BY n.path`,
      [id, query.titleKind ?? '', query.year ?? new Date().getFullYear()],
    );
    const node = rows.find((row) => row.id === id)!;
    return { node, children: rows.filter((row) => row.id !== id) };
  }

  /** The node and everything under it, in path order; 404 when it is unknown or outside the actor's scope. */
  async subtree(actor: AuthenticatedActor, id: string, query: SubtreeQueryDto): Promise<SubtreePage> {
    const path = await this.scope.pathOf(id);
    if (path === null || !this.scope.isWithin(actor, path)) {
      throw new DomainError(DomainErrorCode.NOT_FOUND, `No jurisdiction ${id}`);
    }
    const limit = query.limit ?? DEFAULT_PAGE;
    const rows = this.jurisdictions
      .createQueryBuilder('j')
      .where('j.path LIKE :prefix', { prefix: `${path}%` })
      .orderBy('j.path')
      .limit(limit + 1);
    if (query.level !== undefined) rows.andWhere('j.level = :level', { level: query.level });
    if (query.after !== undefined) rows.andWhere('j.path > :after', { after: query.after });
    const found = await rows.getMany();
    const items = found.slice(0, limit).map(jurisdictionViewOf);
    return { items, nextAfter: found.length > limit ? items[items.length - 1].path : null };
  }
}
