import { ApplicationFailure } from '@temporalio/workflow';
import { DomainError } from '@app/domain';

/**
 * Runs a pure domain step; a DomainError becomes an ApplicationFailure whose type is the error code,
 * so the API can turn a rejected Update back into the same 4xx.
 */
export function orFail<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof DomainError) {
      throw ApplicationFailure.create({
        type: error.code,
        message: error.message,
        details: [error.details],
        nonRetryable: true,
      });
    }
    throw error;
  }
}
