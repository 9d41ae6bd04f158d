import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, Problem } from '@app/domain';
import {
  BatchItemStatus,
  canonicalJson,
  CaseBatchRepository,
  CaseBatchRow,
  UserRole,
} from '@app/persistence';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { AuditService } from '../audit/audit.service';
import { BatchAction, BatchParams, outOfReach, REQUIRED_PARAMS } from './batch-actions';
import { CaseBatchRunner } from './case-batch.runner';
import { CreateCaseBatchDto, MAX_BATCH_CASES } from './case-batch.dto';
import { CaseBatchView } from './case-batch.view';

/** Which page of a batch's per-case results to show, of one status if given. */
export interface BatchItemsPage {
  status?: BatchItemStatus;
  limit: number;
  offset: number;
}

const FIRST_PAGE: BatchItemsPage = { limit: 100, offset: 0 };

/** Starts, resumes, stops and reports batches of one action over many cases (批量操作). */
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
      // Another campaign's or another organizer's batch under this id is, to this caller, a key already
      // used for a different batch: the same 422 as for another body, and nothing about that batch.
      if (!this.isOwn(actor, campaignId, existing) || existing.fingerprint !== fingerprint)
        throw new DomainError(
          DomainErrorCode.IDEMPOTENCY_KEY_REUSED,
          `Batch id ${dto.id} is already used for a different batch; choose a new id for a new batch`,
          { problems: [{ field: 'id', message: 'already used for a different batch' }] },
        );
      // Sent again: a stopped batch answers with its state and stays stopped (see resume).
      if (existing.stoppedAt === null) this.runner.start(existing, actor);
      return this.view(actor, campaignId, dto.id);
    }
    // A new batch only (sent again, the batch is what it was): a due date already past suits no case.
    assertStillAhead(dto, Date.now());
    const communityIds = await this.casesOf(actor, campaignId, dto);
    const reachable = await this.batches.reachableCommunityIds(campaignId, scopeOf(actor), communityIds);
    const refused = communityIds.filter((id) => !reachable.has(id));
    const batch = {
      id: dto.id,
      campaignId,
      action: dto.action,
      params: { ...params },
      fingerprint,
      createdBy: actor.userId,
    };
    // Cases it may not act on are refused at once, all in the same words (outOfReach).
    if (await this.batches.create(batch, communityIds, refused, outOfReach())) {
      await this.audit.record(actor, {
        action: 'BATCH_STARTED',
        campaignId,
        payload: { batchId: dto.id, action: dto.action, params, communityIds: [...reachable] },
      });
    }
    return this.start(actor, campaignId, dto);
  }

  /**
   * Starts the batch's unfinished cases again (the same as sending the batch again). A stopped batch
   * does not run again: 409 CONFLICT (start a new batch over its cases not run).
   */
  async resume(actor: AuthenticatedActor, campaignId: string, batchId: string): Promise<CaseBatchView> {
    const batch = await this.own(actor, campaignId, batchId);
    if (batch.stoppedAt !== null)
      throw new DomainError(
        DomainErrorCode.CONFLICT,
        `Batch ${batchId} was stopped at ${batch.stoppedAt} and does not run again; start a new batch over its cases not run`,
        { stoppedAt: batch.stoppedAt, allowedActions: ['NEW_BATCH'] },
      );
    this.runner.start(batch, actor);
    return this.view(actor, campaignId, batchId);
  }

  /**
   * Stops the batch (停止): it acts on no further case; those in flight finish and are recorded (pending,
   * and the batch running, until then), and its cases not yet begun are NOT_RUN (未执行). Audited as BATCH_STOPPED in the actor's name. 409 CONFLICT
   * when it has already been stopped, or has finished (every case has a result): details say what it
   * holds, and that what is left is to read its results or start a new batch.
   */
  async stop(actor: AuthenticatedActor, campaignId: string, batchId: string): Promise<CaseBatchView> {
    const batch = await this.own(actor, campaignId, batchId);
    const counts = await this.batches.counts(batchId);
    if (batch.stoppedAt !== null)
      throw new DomainError(
        DomainErrorCode.CONFLICT,
        `Batch ${batchId} was already stopped at ${batch.stoppedAt}; read its results or start a new batch`,
        { stoppedAt: batch.stoppedAt, notRun: counts.NOT_RUN, allowedActions: ['VIEW', 'NEW_BATCH'] },
      );
    if (counts.PENDING + counts.FAILED === 0)
      throw new DomainError(
        DomainErrorCode.CONFLICT,
        `Batch ${batchId} has finished (every case has a result), so there is nothing to stop; read its results or start a new batch`,
        { succeeded: counts.SUCCEEDED, refused: counts.REFUSED, allowedActions: ['VIEW', 'NEW_BATCH'] },
      );
    // Cases being acted on now finish and are recorded as they come out: they stay pending (the reply's
    // running is true meanwhile, 停止中 on the page), and only the cases not yet begun are NOT_RUN.
    const inFlight = this.runner.inFlight(batchId);
    if (await this.batches.stop(batchId, actor.userId, inFlight))
      await this.audit.record(actor, {
        action: 'BATCH_STOPPED',
        campaignId,
        payload: {
          batchId,
          notRun: counts.PENDING + counts.FAILED - inFlight.length,
          inFlight: inFlight.length,
        },
      });
    return this.view(actor, campaignId, batchId);
  }

  /**
   * The batch's counts by status and one page of its per-case results (of one status if asked), in the
   * batch's order; 404 for an unknown id, another campaign's, or another organizer's.
   */
  async view(
    actor: AuthenticatedActor,
    campaignId: string,
    batchId: string,
    page: BatchItemsPage = FIRST_PAGE,
  ): Promise<CaseBatchView> {
    const batch = await this.own(actor, campaignId, batchId);
    const [counts, items] = await Promise.all([
      this.batches.counts(batchId),
      this.batches.itemsPage(batch, scopeOf(actor), {
        status: page.status ?? null,
        limit: page.limit,
        offset: page.offset,
      }),
    ]);
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return {
      id: batch.id,
      campaignId: batch.campaignId,
      action: batch.action as BatchAction,
      params: batch.params,
      createdAt: new Date(batch.createdAt).toISOString(),
      running: this.runner.isRunning(batch.id),
      stoppedAt: batch.stoppedAt,
      stoppedBy: batch.stoppedBy,
      total,
      succeeded: counts.SUCCEEDED,
      refused: counts.REFUSED,
      failed: counts.FAILED,
      pending: counts.PENDING,
      notRun: counts.NOT_RUN,
      items,
      itemsTotal: page.status ? counts[page.status] : total,
      limit: page.limit,
      offset: page.offset,
    };
  }

  private async own(actor: AuthenticatedActor, campaignId: string, batchId: string): Promise<CaseBatchRow> {
    const batch = await this.batches.find(batchId);
    if (!batch) throw notFound(batchId);
    this.assertOwn(actor, campaignId, batch);
    return batch;
  }

  private assertOwn(actor: AuthenticatedActor, campaignId: string, batch: CaseBatchRow): void {
    if (!this.isOwn(actor, campaignId, batch)) throw notFound(batch.id);
  }

  private isOwn(actor: AuthenticatedActor, campaignId: string, batch: CaseBatchRow): boolean {
    const mine = batch.createdBy === actor.userId || actor.role === UserRole.ADMIN;
    return batch.campaignId === campaignId && mine;
  }

  private async casesOf(
    actor: AuthenticatedActor,
    campaignId: string,
    dto: CreateCaseBatchDto,
  ): Promise<string[]> {
    if (dto.communityIds) return dto.communityIds;
    const ids = await this.batches.matchingCommunityIds(
      campaignId,
      scopeOf(actor),
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

/** Where the actor may act: null for ADMIN (anywhere), else their subtree (nowhere without one). */
function scopeOf(actor: AuthenticatedActor): string | null {
  return actor.role === UserRole.ADMIN ? null : (actor.scopePath ?? '\u0000');
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

/** EXTEND_DEADLINE to a time not after `now` can succeed for no case: 400 naming newDueAt. */
function assertStillAhead(dto: CreateCaseBatchDto, now: number): void {
  if (dto.action !== BatchAction.EXTEND_DEADLINE || dto.newDueAt === undefined) return;
  const next = Date.parse(dto.newDueAt);
  if (!Number.isNaN(next) && next <= now)
    throw invalid([
      {
        field: 'newDueAt',
        message: `expected a new due date later than now; ${dto.newDueAt} has passed`,
      },
    ]);
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
