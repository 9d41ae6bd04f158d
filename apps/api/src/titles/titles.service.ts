import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { DomainError, DomainErrorCode, isIsoDate, localDateOf } from '@app/domain';
import { AuditService, SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { ScopeService } from '../auth/scope.service';
import { RevokeTitleDto, TitleQueryDto } from './title.dto';
import { TITLE_VIEW_COLUMNS, TitlePage, TitleView } from './title.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The titles registry: communities' titles across years, read within scope, and revoked (摘牌). */
@Injectable()
export class TitlesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Titles of communities in the caller's subtree, by community path and year. */
  async list(actor: AuthenticatedActor, query: TitleQueryDto): Promise<TitlePage> {
    const subtree = this.scope.subtreeOf(actor);
    if (subtree === null) return { items: [], total: 0, limit: query.limit, offset: query.offset };
    const filters = ['community_path LIKE $1'];
    const parameters: unknown[] = [`${subtree}%`];
    if (query.communityId !== undefined) {
      parameters.push(query.communityId);
      filters.push(`community_id = $${parameters.length}`);
    }
    if (query.titleKind !== undefined) {
      parameters.push(query.titleKind);
      filters.push(`title_kind = $${parameters.length}`);
    }
    const where = filters.join(' AND ');
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query<TitleView[]>(
        `SELECT ${TITLE_VIEW_COLUMNS} FROM community_title WHERE ${where}
          ORDER BY community_path, year, certificate_number LIMIT ${query.limit} OFFSET ${query.offset}`,
        parameters,
      ),
      this.dataSource.query<{ total: string }[]>(
        `SELECT count(*)::text AS total FROM community_title WHERE ${where}`,
        parameters,
      ),
    ]);
    return { items, total: Number(total), limit: query.limit, offset: query.offset };
  }

  /** 摘牌: 404 outside scope, 409 when already revoked, 422 for a day before the title's year. */
  async revoke(actor: AuthenticatedActor, id: string, dto: RevokeTitleDto): Promise<TitleView> {
    // Without a day: today in the deployment's zone.
    const revokedAt = dto.revokedAt ?? localDateOf(Date.now(), this.config.TIME_ZONE);
    if (!UUID.test(id)) throw new DomainError(DomainErrorCode.NOT_FOUND, `No title ${id}`);
    return this.dataSource.transaction(async (manager) => {
      const [title] = await manager.query<(TitleView & { communityPath: string })[]>(
        `SELECT ${TITLE_VIEW_COLUMNS}, community_path AS "communityPath" FROM community_title
          WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (title === undefined || !this.scope.isWithin(actor, title.communityPath)) {
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
      if (!isIsoDate(revokedAt) || revokedAt < `${title.year}-01-01`) {
        throw DomainError.validation([
          { field: 'revokedAt', message: `expected a real date in or after the title's year ${title.year}` },
        ]);
      }
      const [[updated]] = await manager.query<[TitleView[], number]>(
        `UPDATE community_title SET revoked_at = $2::date, revoked_reason = $3 WHERE id = $1::uuid
         RETURNING ${TITLE_VIEW_COLUMNS}`,
        [id, revokedAt, dto.reason],
      );
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
        manager,
      );
      return updated;
    });
  }
}
