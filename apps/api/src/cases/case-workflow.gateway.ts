import { Injectable } from '@nestjs/common';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure, WorkflowIdReusePolicy } from '@temporalio/common';
import type { UpdateDefinition } from '@temporalio/common';
import { AppConfig } from '@app/config';
import { CaseInput, DomainError, DomainErrorCode } from '@app/domain';
import { CASE_STAGE, CAMPAIGN_ID, COMMUNITY_ID } from '@app/workflows/search-attributes';
import {
  caseWorkflowId,
  CaseView,
  COMMUNITY_CASE_WORKFLOW,
} from '@app/workflows/community-case/community-case.contract';

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

  async start(input: CaseInput): Promise<string> {
    const workflowId = caseWorkflowId(input.campaignId, input.communityId);
    try {
      await this.client.workflow.start(COMMUNITY_CASE_WORKFLOW, {
        workflowId,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        // One case per community per campaign, ever: a closed case is not started again.
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [input],
        typedSearchAttributes: [
          { key: CAMPAIGN_ID, value: input.campaignId },
          { key: COMMUNITY_ID, value: input.communityId },
          { key: CASE_STAGE, value: 'INVITED' },
        ],
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        throw new DomainError(
          DomainErrorCode.CONFLICT,
          `A case for community ${input.communityId} in campaign ${input.campaignId} already exists`,
        );
      }
      throw error;
    }
    return workflowId;
  }

  /** Sends one human action; `idempotencyKey` becomes the Update id, so a retry returns the first result. */
  async update<A>(
    workflowId: string,
    update: UpdateDefinition<CaseView, [A]>,
    command: A,
    idempotencyKey?: string,
  ): Promise<CaseView> {
    try {
      return await this.client.workflow
        .getHandle(workflowId)
        .executeUpdate(update, { args: [command], updateId: idempotencyKey });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        throw new DomainError(
          DomainErrorCode.WRONG_STAGE,
          'The case is closed; nothing more can be done to it',
          {
            allowedActions: [],
          },
        );
      }
      throw domainErrorFrom(error);
    }
  }
}
