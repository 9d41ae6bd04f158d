import {
  allHandlersFinished,
  condition,
  continueAsNew,
  setHandler,
  upsertMemo,
  workflowInfo,
} from '@temporalio/workflow';
import {
  ANCHOR_MEMO,
  anchorHeadSignal,
  AnchorRecord,
  ANCHORS_KEPT,
  PresentedHead,
  REGRESSIONS_KEPT,
} from './audit-anchor.contract';

/** The record after a head is presented: a newer head is kept, an older or different one is a regression. */
export function withPresentedHead(record: AnchorRecord, head: PresentedHead, at: string): AnchorRecord {
  const newest = record.heads.at(-1);
  if (!newest || head.chainIndex > newest.chainIndex) {
    return { ...record, heads: [...record.heads, { ...head, anchoredAt: at }].slice(-ANCHORS_KEPT) };
  }
  if (head.chainIndex === newest.chainIndex && head.hash === newest.hash) return record;
  const regression = { anchored: newest, presented: head, at };
  return { ...record, regressions: [...record.regressions, regression].slice(-REGRESSIONS_KEPT) };
}

/**
 * Holds a campaign's audit chain heads outside its database: the worker signals every new signed head
 * (at most every AUDIT_ANCHOR_INTERVAL_MS), and this history — in Temporal's store, not PostgreSQL —
 * keeps them, so verification can tell when the database went back to an older head. Runs for ever,
 * idle between signals; continues as new when its history grows long.
 */
export async function auditAnchorWorkflow(input: AnchorRecord): Promise<void> {
  let record = input;
  // A run continued as new publishes what it carries over at once.
  if (record.heads.length > 0 || record.regressions.length > 0) upsertMemo({ [ANCHOR_MEMO]: record });
  setHandler(anchorHeadSignal, (head) => {
    const next = withPresentedHead(record, head, new Date().toISOString());
    if (next === record) return;
    record = next;
    upsertMemo({ [ANCHOR_MEMO]: record });
  });
  await condition(() => workflowInfo().continueAsNewSuggested);
  await condition(allHandlersFinished);
  await continueAsNew<typeof auditAnchorWorkflow>(record);
}
