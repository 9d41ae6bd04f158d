import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import {
  DomainError,
  DomainErrorCode,
  latestRevocationDay,
  localDateOf,
  revocationDayProblem,
} from '@app/domain';
import { TitleRepository, Transactions } from '@app/persistence';
import { AuditService, SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { ScopeService } from '../auth/scope.service';
import { RevokeTitleDto, TitleQueryDto } from './title.dto';
import { TitlePage, TitleView } from './title.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The titles registry: communities' titles across years, read within scope, and revoked (摘牌). */
@Injectable()
export class TitlesService {
  constructor(
    private readonly titles: TitleRepository,
    private readonly transactions: Transactions,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Titles of communities in the caller's subtree, by community path and year. */
  async list(actor: AuthenticatedActor, query: TitleQueryDto): Promise<TitlePage> {
    const subtree = this.scope.subtreeOf(actor);
    if (subtree === null) return { items: [], total: 0, limit: query.limit, offset: query.offset };
    const { items, total } = await this.titles.page({
      subtree,
      communityId: query.communityId,
      titleKind: query.titleKind,
      limit: query.limit,
      offset: query.offset,
    });
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /** 摘牌: 404 outside scope, 409 when already revoked, 400 for a day before the title's year or after today. */
  async revoke(actor: AuthenticatedActor, id: string, dto: RevokeTitleDto): Promise<TitleView> {
    // Without a day: today in the deployment's zone.
    const revokedAt = dto.revokedAt ?? localDateOf(Date.now(), this.config.TIME_ZONE);
    if (!UUID.test(id)) throw new DomainError(DomainErrorCode.NOT_FOUND, `No title ${id}`);
    return this.transactions.run(async (transaction) => {
      const title = await this.titles.lock(transaction, id);
      if (title === null || !this.scope.isWithin(actor, title.communityPath)) {
        throw new DomainError(DomainErrorCode.NOT_FOUND, `No title ${id}`);
      }
      if (title.revokedAt !== null) {
        throw new DomainError(
          DomainErrorCode.CONFLICT,
          `Title ${title.certificateNumber} was revoked on ${title.revokedAt}`,
          {
            revokedAt: title.revokedAt,
          },
        );
      }
      const today = latestRevocationDay(Date.now(), this.config.TIME_ZONE);
      const problem = revocationDayProblem(revokedAt, title.year, today);
      if (problem !== null) {
        throw new DomainError(DomainErrorCode.INVALID_REQUEST, `revokedAt: ${problem}`, {
          problems: [{ field: 'revokedAt', message: problem }],
        });
      }
      const updated = await this.titles.revoke(transaction, id, revokedAt, dto.reason);
      const payload = {
        titleId: id,
        certificateNumber: title.certificateNumber,
        revokedAt,
        reason: dto.reason,
      };
      await this.audit.record(
        actor,
        {
          action: 'REVOKE_TITLE',
          campaignId: title.campaignId ?? SYSTEM_AUDIT_CHAIN,
          communityId: title.communityId,
          payload,
        },
        transaction,
      );
      return updated;
    });
  }
}
