import { Injectable } from '@nestjs/common';
import { assertValidStandard, DomainError, DomainErrorCode, StandardDefinition } from '@app/domain';
import { StandardRepository, Transactions } from '@app/persistence';
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
    private readonly standards: StandardRepository,
    private readonly transactions: Transactions,
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
    const rows = await this.standards.summaries();
    return rows.map(standardSummaryOf);
  }

  async get(code: string, version: string): Promise<StandardView> {
    const row = /^\d{1,9}$/.test(version) ? await this.standards.findVersion(code, Number(version)) : null;
    if (row === null) throw new DomainError(DomainErrorCode.NOT_FOUND, `No standard ${code} v${version}`);
    return standardViewOf(row);
  }

  private latestVersion(code: string): Promise<number | null> {
    return this.standards.latestVersion(code);
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
    const row = this.standards.newRow({
      code: definition.code,
      version: definition.version,
      title: definition.title,
      titleKind: definition.titleKind,
      definition,
      createdBy: actor.userId,
    });
    await this.transactions.run(async (manager) => {
      await this.standards.save(manager, row);
      const payload = { code: row.code, version: row.version, definition: row.definition };
      await this.audit.record(actor, { action, campaignId: SYSTEM_AUDIT_CHAIN, payload }, manager);
    });
    return standardViewOf(row);
  }
}
