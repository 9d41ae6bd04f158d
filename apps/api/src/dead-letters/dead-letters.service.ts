import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { DomainError, DomainErrorCode } from '@app/domain';
import { CaseWriteDeadLetter, CaseWriteDeadLetterRepository } from '@app/persistence';
import { retryWritesUpdate } from '@app/workflows/community-case/community-case.contract';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { domainErrorFrom } from '../cases/case-workflow.client';
import { DeadLetterRetryView } from './dead-letter.view';

/** Operators' view of case writes the database refused, and their "try again now". */
@Injectable()
export class DeadLettersService {
  constructor(
    private readonly deadLetters: CaseWriteDeadLetterRepository,
    private readonly client: Client,
    private readonly audit: AuditService,
  ) {}

  list(openOnly: boolean, limit: number): Promise<CaseWriteDeadLetter[]> {
    return this.deadLetters.list({ openOnly, limit });
  }

  /**
   * Asks the case workflow to write its held steps again now (after the cause was fixed); audited.
   * 404 for an unknown id, 409 when it is resolved or the case holds nothing.
   */
  async retry(actor: AuthenticatedActor, id: string): Promise<DeadLetterRetryView> {
    const letter = await this.deadLetters.find(id);
    if (!letter) throw new DomainError(DomainErrorCode.NOT_FOUND, `No dead letter ${id}`);
    if (letter.resolvedAt !== null) {
      throw new DomainError(
        DomainErrorCode.CONFLICT,
        `Dead letter ${id} was resolved at ${letter.resolvedAt}`,
      );
    }
    let held;
    try {
      held = await this.client.workflow.getHandle(letter.workflowId).executeUpdate(retryWritesUpdate);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        throw new DomainError(DomainErrorCode.CONFLICT, `The case ${letter.workflowId} is no longer running`);
      }
      throw domainErrorFrom(error);
    }
    await this.deadLetters.markRetryRequested(id);
    await this.audit.record(actor, {
      action: 'RETRY_CASE_WRITE',
      campaignId: letter.campaignId,
      communityId: letter.communityId,
      payload: { deadLetterId: id, firstSeq: held.firstSeq, lastSeq: held.lastSeq },
    });
    return { id, workflowId: letter.workflowId, ...held };
  }
}
