import { Injectable } from '@nestjs/common';
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
import { caseStartOptions } from '@app/workflows/community-case/case-start-options';
import {
  CaseView,
  COMMUNITY_CASE_WORKFLOW,
  openCaseUpdate,
  recordedUpdate,
} from '@app/workflows/community-case/community-case.contract';

export interface CaseUpdateOptions {
  updateId?: string;
  startFrom?: () => Promise<CaseInput>;
  waitForRecord?: boolean;
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

/** The API's only door to the case workflows: start one, send it an Update, map failures to domain errors. */
@Injectable()
export class CaseWorkflowGateway {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  /** Starts the case and replies once it is in the read model, so a GET right after finds it. */
  async start(input: CaseInput): Promise<CaseView> {
    const startOperation = new WithStartWorkflowOperation(
      COMMUNITY_CASE_WORKFLOW,
      caseStartOptions(input, this.config.TEMPORAL_TASK_QUEUE),
    );
    try {
      return await this.client.workflow.executeUpdateWithStart(openCaseUpdate, {
        startWorkflowOperation: startOperation,
      });
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
   * request's fingerprint) makes a retry return the first result. A case whose workflow has not started
   * yet (launch only writes its row) is started with this very action (update-with-start), from the
   * input `startFrom` provides once it has checked the action on the row. With `waitForRecord` the reply
   * also waits until the step is in the read model, audit trail and outbox.
   */
  async update<A>(
    workflowId: string,
    update: UpdateDefinition<CaseView, [A]>,
    command: A,
    options: CaseUpdateOptions = {},
  ): Promise<CaseView> {
    const view = await this.send(workflowId, update, command, options);
    if (options.waitForRecord) await this.recorded(workflowId);
    return view;
  }

  private async send<A>(
    workflowId: string,
    update: UpdateDefinition<CaseView, [A]>,
    command: A,
    { updateId, startFrom }: CaseUpdateOptions,
  ): Promise<CaseView> {
    try {
      return await this.client.workflow
        .getHandle(workflowId)
        .executeUpdate(update, { args: [command], updateId });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError && startFrom) {
        return this.startWith(update, command, updateId, await startFrom());
      }
      if (error instanceof WorkflowNotFoundError) throw closedCase();
      throw domainErrorFrom(error);
    }
  }

  /** Waits until every step the case has committed is written; a finished run has written them all. */
  private async recorded(workflowId: string): Promise<void> {
    try {
      await this.client.workflow.getHandle(workflowId).executeUpdate(recordedUpdate);
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }

  private async startWith<A>(
    update: UpdateDefinition<CaseView, [A]>,
    command: A,
    idempotencyKey: string | undefined,
    input: CaseInput,
  ): Promise<CaseView> {
    const startWorkflowOperation = new WithStartWorkflowOperation(COMMUNITY_CASE_WORKFLOW, {
      ...caseStartOptions(input, this.config.TEMPORAL_TASK_QUEUE),
      // Two first actions at once both land on the one workflow.
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    try {
      return await this.client.workflow.executeUpdateWithStart(update, {
        args: [command],
        updateId: idempotencyKey,
        startWorkflowOperation,
      });
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
