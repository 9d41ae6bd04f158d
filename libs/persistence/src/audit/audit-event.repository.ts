import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { AppConfig } from '@app/config';
import { AuditEventEntity } from '../entities/audit-event.entity';
import type { Transaction } from '../transactions';
import { checkpointSignerOf } from './audit-checkpoint';
import type { AuditLink } from './audit-hash';
import { auditLinkOf } from './audit-link.mapper';
import { ApiAuditEntry, AuditTrailWriter } from './audit-trail.writer';

/** Every statement on the audit trail (audit_event) the API runs: appending its acts, reading links. */
@Injectable()
export class AuditEventRepository {
  private readonly writer: AuditTrailWriter;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.writer = new AuditTrailWriter(checkpointSignerOf(config));
  }

  /** Appends an API-side act in the caller's transaction, or in one of its own without it. */
  appendApiEvent(entry: ApiAuditEntry, transaction?: Transaction): Promise<AuditLink> {
    return this.writer.appendApiEvent(transaction ?? this.dataSource.manager, entry);
  }

  /** Up to `take` links of a chain (or of one workflow in it) after `afterChainIndex`, in chain order. */
  async links(
    where: { campaignId: string; workflowId?: string },
    afterChainIndex: number,
    take: number,
  ): Promise<AuditLink[]> {
    const rows = await this.dataSource.getRepository(AuditEventEntity).find({
      where: { ...where, chainIndex: MoreThan(String(afterChainIndex)) },
      order: { chainIndex: 'ASC' },
      take,
    });
    return rows.map(auditLinkOf);
  }
}
