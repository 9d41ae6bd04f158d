import type { WorkflowHandle } from '@temporalio/client';
import type { QueryDefinition } from '@temporalio/common';

/** Reads a running workflow's state through one of its Queries (nothing changes; no history event). */
export function queryWorkflow<R>(handle: WorkflowHandle, definition: QueryDefinition<R, []>): Promise<R> {
  return handle.query(definition);
}
