import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  Client,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { UpdateDefinition } from '@temporalio/common';
import { AppConfig } from '@app/config';
import { CaseInput, DomainError, DomainErrorCode } from '@app/domain';
import { TemporalConnectionHolder } from '@app/temporal';
import { caseStartOptions } from '@app/workflows/community-case/case-start-options';
import {
  CaseView,
  COMMUNITY_CASE_WORKFLOW,
  openCaseUpdate,
  recordedUpdate,
} from '@app/workflows/community-case/community-case.contract';
import { TemporalCalls } from '../common/temporal-calls';

export interface CaseUpdateOptions {
  updateId?: string;
  startFrom?: () => Promise<CaseInput>;
}

function isDomainCode(value: string | undefined | null): value is DomainErrorCode {
  return value !== undefined && value !== null && Object.values<string>(DomainErrorCode).includes(value);
}

/** Turns a rejected Update back into the DomainError the workflow's validator raised. */
export function domainErrorFrom(error: unknown): unknown {
  if (
    error instanceof WorkflowUpdateFailedError &&
    error.cause instanceof ApplicationFailure &&
    isDomainCode(error.cause.type)
  ) {
    const details = (error.cause.details?.[0] ?? {}) as Record<string, unknown>;
    return new DomainError(error.cause.type, error.cause.message, details);
  }
  return error;
}

/**
 * The API's only door to the case workflows: start one, send it an Update, map failures to domain errors.
 * Every call has a deadline (TEMPORAL_TIMEOUT_MS for one action, start included) and a dependency that is
 * down answers 503 (see TemporalCalls).
 */
@Injectable()
export class CaseWorkflowClient {
  private readonly logger = new Logger(CaseWorkflowClient.name);

  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
    private readonly calls: TemporalCalls,
    private readonly holder: TemporalConnectionHolder,
  ) {}

  /** Starts the case and replies once it is in the read model, so a GET right after finds it. */
  async start(input: CaseInput): Promise<CaseView> {
    // An operation runs once: each attempt gets its own.
    const startWorkflowOperation = () =>
      new WithStartWorkflowOperation(
        COMMUNITY_CASE_WORKFLOW,
        caseStartOptions(input, this.config.TEMPORAL_TASK_QUEUE),
      );
    try {
      return await this.calls.run(() =>
        this.client.workflow.executeUpdateWithStart(openCaseUpdate, {
          startWorkflowOperation: startWorkflowOperation(),
        }),
      );
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        throw new DomainError(
          DomainErrorCode.CONFLICT,
          `A case for community ${input.community.id} in campaign ${input.campaignId} already exists`,
        );
      }
      throw error;
    }
  }

  /**
   * Sends one human action. `updateId` (idempotentUpdateId: the caller, their Idempotency-Key and the
   * request's fingerprint) makes a retry return the first result; without one the action gets its own,
   * so the retries inside the budget never act twice either. A case whose workflow has not started yet
   * (launch only writes its row) is started with this very action (update-with-start), from the input
   * `startFrom` provides once it has checked the action on the row, within the same deadline.
   */
  async update<A>(
    workflowId: string,
    update: UpdateDefinition<CaseView, [A]>,
    command: A,
    { updateId = randomUUID(), startFrom }: CaseUpdateOptions = {},
  ): Promise<CaseView> {
    const deadline = this.calls.deadline();
    const send = () =>
      this.calls.run(
        () => this.client.workflow.getHandle(workflowId).executeUpdate(update, { args: [command], updateId }),
        { deadline, action: true },
      );
    try {
      return await send();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError && startFrom) {
        let input: CaseInput;
        try {
          input = await startFrom();
        } catch (refusal) {
          // The row may have moved on because another first action (or this one, sent again at once) started
          // the case meanwhile: then the workflow decides, and a retry of that very action gets its result.
          return this.resend(send, refusal);
        }
        return this.startWith(update, command, updateId, input, deadline);
      }
      if (error instanceof WorkflowNotFoundError) throw closedCase();
      throw domainErrorFrom(error);
    }
  }

  /** Sends the update to a workflow started meanwhile; when there is still none, the row's refusal stands. */
  private async resend(send: () => Promise<CaseView>, refusal: unknown): Promise<CaseView> {
    try {
      return await send();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw refusal;
      throw domainErrorFrom(error);
    }
  }

  /**
   * For `Prefer: read-your-writes`: waits until the case's steps up to `seq` are in the read model, audit
   * trail and outbox, at most READ_YOUR_WRITES_TIMEOUT_MS. False when they are not there yet (PostgreSQL
   * down or slow, Temporal unreachable): the action itself stands, its write follows when it can.
   */
  async readYourWrites(workflowId: string, seq: number): Promise<boolean> {
    const deadline = Date.now() + this.config.READ_YOUR_WRITES_TIMEOUT_MS;
    try {
      // One id per step: a retried action waits on the same Update instead of adding another. The Update
      // is named `recorded` on the wire (recorded histories carry that name); in code it is read-your-writes.
      await this.holder.connection.withDeadline(deadline, () =>
        this.client.workflow
          .getHandle(workflowId)
          .executeUpdate(recordedUpdate, { updateId: `recorded:${seq}` }),
      );
      return true;
    } catch (error) {
      // A finished run has written every step.
      if (error instanceof WorkflowNotFoundError) return true;
      this.logger.warn(
        { workflowId, seq, err: error },
        'Answered without read-your-writes: the write has not landed',
      );
      return false;
    }
  }

  private async startWith<A>(
    update: UpdateDefinition<CaseView, [A]>,
    command: A,
    updateId: string,
    input: CaseInput,
    deadline: number,
  ): Promise<CaseView> {
    // An operation runs once: each attempt gets its own.
    const startWorkflowOperation = () =>
      new WithStartWorkflowOperation(COMMUNITY_CASE_WORKFLOW, {
        ...caseStartOptions(input, this.config.TEMPORAL_TASK_QUEUE),
        // Two first actions at once (or a retry of one) both land on the one workflow.
        workflowIdConflictPolicy: 'USE_EXISTING',
      });
    try {
      return await this.calls.run(
        () =>
          this.client.workflow.executeUpdateWithStart(update, {
            args: [command],
            updateId,
            startWorkflowOperation: startWorkflowOperation(),
          }),
        { deadline, action: true },
      );
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) throw closedCase();
      throw domainErrorFrom(error);
    }
  }
}

function closedCase(): DomainError {
  return new DomainError(DomainErrorCode.WRONG_STAGE, 'The case is closed; nothing more can be done to it', {
    allowedActions: [],
  });
}
