import { Injectable, Logger } from '@nestjs/common';
import { CaseWriteDeadLetterRepository } from '@app/persistence';
import type {
  CaseActivities,
  CaseWriteFailureReport,
} from '@app/workflows/community-case/case-activities.contract';

type DeadLetterActivities = Pick<CaseActivities, 'deadLetterCaseWrite' | 'resolveCaseWriteDeadLetter'>;

/** Records and resolves case-write dead letters, and raises the alarm in the log. */
@Injectable()
export class CaseDeadLetterActivities implements DeadLetterActivities {
  private readonly logger = new Logger(CaseDeadLetterActivities.name);

  constructor(private readonly deadLetters: CaseWriteDeadLetterRepository) {}

  async deadLetterCaseWrite(report: CaseWriteFailureReport): Promise<void> {
    const id = await this.deadLetters.record(report);
    // The alarm: an operator fixes the cause and retries (POST /dead-letters/:id/retry).
    this.logger.error(
      { deadLetterId: id, ...report },
      `Case write dead-lettered: ${report.workflowId} steps ${report.firstSeq}–${report.lastSeq} held: ${report.error}`,
    );
  }

  async resolveCaseWriteDeadLetter({ workflowId }: { workflowId: string }): Promise<void> {
    await this.deadLetters.resolve(workflowId);
    this.logger.log({ workflowId }, 'Held case writes written; dead letter resolved');
  }
}
