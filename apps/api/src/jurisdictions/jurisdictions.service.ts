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
import { jurisdictionViewOf, JurisdictionView, SubtreePage } from './jurisdiction.view';

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
