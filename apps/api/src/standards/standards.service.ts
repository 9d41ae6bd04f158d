import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { assertValidStandard, DomainError, DomainErrorCode, StandardDefinition } from '@app/domain';
import { StandardEntity } from '@app/persistence';
import { AuditService, SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { isUniqueViolation } from '../common/unique-violation';
import { CreateStandardDto, StandardVersionDto } from './standard.dto';
import { StandardSummaryView, StandardView } from './standard.view';
import { standardSummaryOf, standardViewOf } from './standard.mapper';

/** The body as a plain definition; values such as appliesTo are checked by validateStandard. */
function definitionOf(code: string, version: number, content: StandardVersionDto): StandardDefinition {
  return JSON.parse(JSON.stringify({ code, version, ...content })) as StandardDefinition;
}

/**
 * Versioned standards (创建标准). A version is immutable once written — there is no update, only the
 * next version — so a campaign that pinned one keeps scoring against exactly what it launched with.
 */
@Injectable()
export class StandardsService {
  constructor(
    @InjectRepository(StandardEntity) private readonly standards: Repository<StandardEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Creates version 1 of a new code; 409 when the code exists (add a version instead). */
  async create(actor: AuthenticatedActor, dto: CreateStandardDto): Promise<StandardView> {
    const { code, ...content } = dto;
    const latest = await this.latestVersion(code);
    if (latest !== null) throw this.codeTaken(code, latest);
    try {
      return await this.insert(actor, definitionOf(code, 1, content), 'CREATE_STANDARD');
    } catch (error) {
      if (isUniqueViolation(error)) throw this.codeTaken(code, 1);
      throw error;
    }
  }

  /** Adds the next version of an existing code; 404 when the code is unknown. */
  async addVersion(actor: AuthenticatedActor, code: string, dto: StandardVersionDto): Promise<StandardView> {
    const latest = await this.latestVersion(code);
    if (latest === null) throw new DomainError(DomainErrorCode.NOT_FOUND, `No standard ${code}`);
    try {
      return await this.insert(actor, definitionOf(code, latest + 1, dto), 'ADD_STANDARD_VERSION');
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const message = `Version ${latest + 1} of standard ${code} was added by someone else just now; check it and retry`;
      throw new DomainError(DomainErrorCode.CONFLICT, message, { code, version: latest + 1 });
    }
  }

  /** Every version of every standard, by code then version. */
  async list(): Promise<StandardSummaryView[]> {
    const rows = await this.standards.find({
      select: {
        id: true,
        code: true,
        version: true,
        title: true,
        titleKind: true,
        createdBy: true,
        createdAt: true,
      },
      order: { code: 'ASC', version: 'ASC' },
    });
    return rows.map(standardSummaryOf);
  }

  async get(code: string, version: string): Promise<StandardView> {
    const row = /^\d{1,9}$/.test(version)
      ? await this.standards.findOneBy({ code, version: Number(version) })
      : null;
    if (row === null) throw new DomainError(DomainErrorCode.NOT_FOUND, `No standard ${code} v${version}`);
    return standardViewOf(row);
  }

  private async latestVersion(code: string): Promise<number | null> {
    const row = await this.standards.findOne({
      select: { version: true },
      where: { code },
      order: { version: 'DESC' },
    });
    return row?.version ?? null;
  }

  private codeTaken(code: string, latest: number): DomainError {
    const message = `Standard ${code} already exists (latest v${latest}); add a version with POST /standards/${code}/versions`;
    return new DomainError(DomainErrorCode.CONFLICT, message, { code, latestVersion: latest });
  }

  private async insert(
    actor: AuthenticatedActor,
    definition: StandardDefinition,
    action: string,
  ): Promise<StandardView> {
    assertValidStandard(definition);
    const row = this.standards.create({
      code: definition.code,
      version: definition.version,
      title: definition.title,
      titleKind: definition.titleKind,
      definition,
      createdBy: actor.userId,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.save(row);
      const payload = { code: row.code, version: row.version, definition: row.definition };
      await this.audit.record(actor, { action, campaignId: SYSTEM_AUDIT_CHAIN, payload }, manager);
    });
    return standardViewOf(row);
  }
}
