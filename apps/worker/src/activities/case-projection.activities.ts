import { Injectable, Logger, Optional } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { caseDomainEvents, CaseEvent, CaseState, currentDueAt, DomainError } from '@app/domain';
import { AppConfig, loadConfig } from '@app/config';
import {
  AuditTrailWriter,
  CaseProjectionRepository,
  checkpointSignerOf,
  claimCaseForWorkflow,
  OutboxWriter,
  Transaction,
} from '@app/persistence';
import type {
  CaseActivities,
  CaseChange,
  CaseOpening,
} from '@app/workflows/community-case/case-activities.contract';
import { writeRefusalOf } from './write-refusal';

type ProjectionActivities = Pick<
  CaseActivities,
  'recordCaseOpening' | 'recordCaseChange' | 'recordCaseChanges' | 'writeCaseChanges'
>;

/** Writes the case read model; a retry or an out-of-order write never overwrites a newer version. */
@Injectable()
export class CaseProjectionActivities implements ProjectionActivities {
  private readonly logger = new Logger(CaseProjectionActivities.name);
  private readonly auditTrail: AuditTrailWriter;
  private readonly outbox = new OutboxWriter();

  // Without the config (tests construct it bare) the environment's is read.
  constructor(
    private readonly projections: CaseProjectionRepository,
    @Optional() config?: AppConfig,
  ) {
    this.auditTrail = new AuditTrailWriter(checkpointSignerOf(config ?? loadConfig()));
  }

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

  /**
   * recordCaseChanges for runs that dead-letter: a refusal by the database (see writeRefusalOf) fails at
   * once, non-retryable, with its SQLSTATE, so the workflow holds the steps and raises the alarm.
   */
  async writeCaseChanges(changes: CaseChange[]): Promise<void> {
    try {
      await this.recordCaseChanges(changes);
    } catch (error) {
      const refusal = writeRefusalOf(error);
      if (!refusal) throw error;
      const { workflowId } = changes[0].state;
      this.logger.error(
        { workflowId, sqlState: refusal.sqlState, err: error },
        'PostgreSQL refused a case write',
      );
      throw ApplicationFailure.create({
        type: 'CASE_WRITE_REFUSED',
        message: `PostgreSQL refused the write (SQLSTATE ${refusal.sqlState}): ${refusal.message}`,
        details: [{ sqlState: refusal.sqlState }],
        nonRetryable: true,
      });
    }
  }

  recordCaseChanges(changes: CaseChange[]): Promise<void> {
    return this.write((tx) => this.writeChanges(tx, changes));
  }

  private async write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    try {
      return await this.projections.inTransaction(work);
    } catch (error) {
      // A malformed event fails the same way on every retry.
      if (error instanceof DomainError) throw ApplicationFailure.nonRetryable(error.message, error.code);
      throw error;
    }
  }

  private async writeChanges(tx: Transaction, changes: CaseChange[]): Promise<void> {
    const last = changes.at(-1);
    if (!last) return;
    const recorded = changes.flatMap((change) =>
      eventsOf(change).map((event) => ({ state: change.state, event })),
    );
    for (const { state, event } of recorded) assertEventOf(state, event);
    await this.projections.upsert(tx, projectionRow(last.state));
    for (const { state, event } of recorded) {
      await this.auditTrail.appendCaseEvent(tx, event);
      // The step's outbound domain events commit with it (the outbox); the dispatcher delivers them.
      await this.outbox.enqueue(tx, caseDomainEvents(event, state.award));
    }
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
