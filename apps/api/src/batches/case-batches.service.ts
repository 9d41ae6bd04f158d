import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, Problem } from '@app/domain';
import { canonicalJson, CaseBatchRepository, CaseBatchRow, UserRole } from '@app/persistence';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { AuditService } from '../audit/audit.service';
import { BatchAction, BatchParams, REQUIRED_PARAMS } from './batch-actions';
import { CaseBatchRunner } from './case-batch.runner';
import { CreateCaseBatchDto, MAX_BATCH_CASES } from './case-batch.dto';
import { CaseBatchView } from './case-batch.view';

/** Starts, resumes and reports batches of one action over many cases (批量操作). */
@Injectable()
export class CaseBatchesService {
  constructor(
    private readonly batches: CaseBatchRepository,
    private readonly runner: CaseBatchRunner,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates the batch (its cases fixed now, a filter resolved once) and starts it; the same batch sent
   * again (same id and body, same caller) resumes it: only cases not yet done are acted on. The id with
   * another body: 422 IDEMPOTENCY_KEY_REUSED.
   */
  async start(
    actor: AuthenticatedActor,
    campaignId: string,
    dto: CreateCaseBatchDto,
  ): Promise<CaseBatchView> {
    const params = paramsOf(dto);
    const fingerprint = fingerprintOf(campaignId, dto, params);
    const existing = await this.batches.find(dto.id);
    if (existing) {
      this.assertOwn(actor, campaignId, existing);
      if (existing.fingerprint !== fingerprint)
        throw new DomainError(
          DomainErrorCode.IDEMPOTENCY_KEY_REUSED,
          `Batch ${dto.id} was started with another action or other cases; choose a new id for a new batch`,
          { problems: [{ field: 'id', message: 'already used for a different batch' }] },
        );
      this.runner.start(existing, actor);
      return this.view(actor, campaignId, dto.id);
    }
    const communityIds = await this.casesOf(actor, campaignId, dto);
    const batch = {
      id: dto.id,
      campaignId,
      action: dto.action,
      params: { ...params },
      fingerprint,
      createdBy: actor.userId,
    };
    if (await this.batches.create(batch, communityIds)) {
      await this.audit.record(actor, {
        action: 'BATCH_STARTED',
        campaignId,
        payload: { batchId: dto.id, action: dto.action, params, communityIds },
      });
    }
    return this.start(actor, campaignId, dto);
  }

  /** Starts the batch's unfinished cases again (the same as sending the batch again). */
  async resume(actor: AuthenticatedActor, campaignId: string, batchId: string): Promise<CaseBatchView> {
    const batch = await this.batches.find(batchId);
    if (!batch) throw notFound(batchId);
    this.assertOwn(actor, campaignId, batch);
    this.runner.start(batch, actor);
    return this.view(actor, campaignId, batchId);
  }

  /** The batch with each case's result; 404 for an unknown id, another campaign's, or another organizer's. */
  async view(actor: AuthenticatedActor, campaignId: string, batchId: string): Promise<CaseBatchView> {
    const batch = await this.batches.find(batchId);
    if (!batch) throw notFound(batchId);
    this.assertOwn(actor, campaignId, batch);
    const items = await this.batches.items(batch);
    const count = (status: string) => items.filter((item) => item.status === status).length;
    return {
      id: batch.id,
      campaignId: batch.campaignId,
      action: batch.action as BatchAction,
      params: batch.params,
      createdAt: new Date(batch.createdAt).toISOString(),
      running: this.runner.isRunning(batch.id),
      total: items.length,
      succeeded: count('SUCCEEDED'),
      refused: count('REFUSED'),
      failed: count('FAILED'),
      pending: count('PENDING'),
      items,
    };
  }

  private assertOwn(actor: AuthenticatedActor, campaignId: string, batch: CaseBatchRow): void {
    const mine = batch.createdBy === actor.userId || actor.role === UserRole.ADMIN;
    if (batch.campaignId !== campaignId || !mine) throw notFound(batch.id);
  }

  private async casesOf(
    actor: AuthenticatedActor,
    campaignId: string,
    dto: CreateCaseBatchDto,
  ): Promise<string[]> {
    if (dto.communityIds) return dto.communityIds;
    const scopePath = actor.role === UserRole.ADMIN ? null : (actor.scopePath ?? '\u0000');
    const ids = await this.batches.matchingCommunityIds(
      campaignId,
      scopePath,
      dto.filter ?? {},
      MAX_BATCH_CASES,
    );
    if (ids.length === 0)
      throw invalid([{ field: 'filter', message: 'no case of the campaign matches the filter' }]);
    if (ids.length > MAX_BATCH_CASES)
      throw invalid([{ field: 'filter', message: `matches more than ${MAX_BATCH_CASES} cases; narrow it` }]);
    return ids;
  }
}

function paramsOf(dto: CreateCaseBatchDto): BatchParams {
  const problems: Problem[] = [];
  if ((dto.communityIds === undefined) === (dto.filter === undefined))
    problems.push({
      field: 'communityIds',
      message: 'give either communityIds (the selected cases) or filter',
    });
  const twice = (dto.communityIds ?? []).findIndex((id, index, all) => all.indexOf(id) !== index);
  if (twice >= 0)
    problems.push({
      field: `communityIds[${twice}]`,
      message: `${dto.communityIds![twice]} is listed twice`,
    });
  const given: BatchParams = {
    reason: dto.reason,
    message: dto.message,
    newDueAt: dto.newDueAt,
    note: dto.note,
  };
  for (const name of REQUIRED_PARAMS[dto.action])
    if (given[name] === undefined) problems.push({ field: name, message: `${dto.action} needs ${name}` });
  if (problems.length > 0) throw invalid(problems);
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
}

function fingerprintOf(campaignId: string, dto: CreateCaseBatchDto, params: BatchParams): string {
  const selection = dto.communityIds ? { communityIds: dto.communityIds } : { filter: dto.filter };
  return createHash('sha256')
    .update(canonicalJson({ campaignId, action: dto.action, params, ...selection }))
    .digest('hex');
}

function invalid(problems: Problem[]): DomainError {
  return new DomainError(
    DomainErrorCode.INVALID_REQUEST,
    'The batch cannot be started; each problem is listed.',
    {
      problems,
    },
  );
}

function notFound(batchId: string): DomainError {
  return new DomainError(DomainErrorCode.NOT_FOUND, `No batch ${batchId} of yours in this campaign`);
}
