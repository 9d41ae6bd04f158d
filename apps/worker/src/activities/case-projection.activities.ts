import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource, EntityManager } from 'typeorm';
import { caseDomainEvents, CaseEvent, CaseState, currentDueAt, DomainError } from '@app/domain';
import { AuditTrailWriter, claimCaseForWorkflow, OutboxWriter } from '@app/persistence';
import type {
  CaseActivities,
  CaseChange,
  CaseOpening,
} from '@app/workflows/community-case/case-activities.contract';

/** Writes the case read model; a retry or an out-of-order write never overwrites a newer version. */
@Injectable()
export class CaseProjectionActivities implements Omit<CaseActivities, 'notify'> {
  private readonly auditTrail = new AuditTrailWriter();
  private readonly outbox = new OutboxWriter();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The opening: claims the case's row and writes it, unless the campaign closed the case first. */
  recordCaseOpening(change: CaseChange): Promise<CaseOpening> {
    return this.write(async (tx) => {
      const opening = await claimCaseForWorkflow(tx, change.state.workflowId);
      if (opening.closedByCampaign === null) await this.writeChanges(tx, [change]);
      return opening;
    });
  }

  recordCaseChange(change: CaseChange): Promise<void> {
    return this.recordCaseChanges([change]);
  }

  recordCaseChanges(changes: CaseChange[]): Promise<void> {
    return this.write((tx) => this.writeChanges(tx, changes));
  }

  private async write<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      // A malformed event fails the same way on every retry.
      if (error instanceof DomainError) throw ApplicationFailure.nonRetryable(error.message, error.code);
      throw error;
    }
  }

  private async writeChanges(tx: EntityManager, changes: CaseChange[]): Promise<void> {
    const last = changes.at(-1);
    if (!last) return;
    const recorded = changes.flatMap((change) =>
      eventsOf(change).map((event) => ({ state: change.state, event })),
    );
    for (const { state, event } of recorded) assertEventOf(state, event);
    await this.upsertProjection(tx, last.state);
    for (const { state, event } of recorded) {
      await this.auditTrail.appendCaseEvent(tx, event);
      // The step's outbound domain events commit with it (the outbox); the dispatcher delivers them.
      await this.outbox.enqueue(tx, caseDomainEvents(event, state.award));
    }
  }

  /** The one statement that writes case_projection: only a newer seq replaces what is stored. */
  private async upsertProjection(manager: EntityManager, state: CaseState): Promise<void> {
    const row = projectionRow(state);
    await manager.query(
      `INSERT INTO case_projection (workflow_id, campaign_id, community_id, stage, seq, snapshot, community_path,
                                    street_id, inspector_ids, tier, total_score, due_at, workflow_started, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, true, now())
       ON CONFLICT (workflow_id) DO UPDATE
         SET stage = EXCLUDED.stage, seq = EXCLUDED.seq, snapshot = EXCLUDED.snapshot,
             inspector_ids = EXCLUDED.inspector_ids, tier = EXCLUDED.tier, total_score = EXCLUDED.total_score,
             due_at = EXCLUDED.due_at, workflow_started = true, updated_at = now()
         WHERE case_projection.seq < EXCLUDED.seq`,
      row,
    );
  }
}

function eventsOf(change: CaseChange): CaseEvent[] {
  if (change.events) return change.events;
  return change.event ? [change.event] : [];
}

/** The columns the case list filters on, derived from the case file. */
function projectionRow(state: CaseState): unknown[] {
  return [
    state.workflowId,
    state.campaignId,
    state.communityId,
    state.stage,
    state.seq,
    JSON.stringify(state),
    state.community.path,
    state.community.streetId,
    state.inspectors.map((inspector) => inspector.userId),
    state.award?.tier ?? state.score?.tier ?? null,
    state.score?.total ?? null,
    currentDueAt(state),
  ];
}

function assertEventOf(state: CaseState, event: CaseEvent): void {
  if (event.workflowId !== state.workflowId || event.campaignId !== state.campaignId) {
    throw ApplicationFailure.nonRetryable(
      `Audit event of ${event.workflowId} (campaign ${event.campaignId}) recorded with the case file of ${state.workflowId}`,
      'AUDIT_EVENT_MISMATCH',
    );
  }
}
