import { defineSignal } from '@temporalio/workflow';

export const AUDIT_ANCHOR_WORKFLOW = 'auditAnchorWorkflow';

/** One workflow per audit chain (campaign, or `_system`); the id is derived so the API can find it. */
export function auditAnchorWorkflowId(campaignId: string): string {
  return `audit-anchor:${campaignId}`;
}

/** A chain head as the worker read it from the database (signature checked) and sent here. */
export interface PresentedHead {
  chainIndex: number;
  hash: string;
}

/** A head kept in Temporal, with when it arrived. */
export interface AnchoredHead extends PresentedHead {
  anchoredAt: string;
}

/** A head presented below one already anchored: the database went back (links deleted, a backup restored). */
export interface HeadRegression {
  anchored: AnchoredHead;
  presented: PresentedHead;
  at: string;
}

/** What the anchor holds, also published as its memo `anchor` (read with describe, no worker needed). */
export interface AnchorRecord {
  campaignId: string;
  /** The newest heads anchored, oldest first (at most ANCHORS_KEPT). */
  heads: AnchoredHead[];
  /** Every regression seen, oldest first (at most REGRESSIONS_KEPT). */
  regressions: HeadRegression[];
}

export const ANCHORS_KEPT = 100;
export const REGRESSIONS_KEPT = 20;
export const ANCHOR_MEMO = 'anchor';

export const anchorHeadSignal = defineSignal<[PresentedHead]>('anchorHead');
