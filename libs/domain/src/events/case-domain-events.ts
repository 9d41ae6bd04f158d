import type { CaseEvent } from '../audit/case-event';
import { CaseStage, isClosed } from '../case/case-stage';
import type { Award } from '../case/case-state';
import { actorFor } from '../case/objector-privacy';

/** What integrators subscribe to; 'notification.created' mirrors each in-app message. */
export const DOMAIN_EVENT_TYPES = [
  'case.stage_changed',
  'case.submission_received',
  'case.award_granted',
  'case.deadline_missed',
  'notification.created',
] as const;

export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

/** A subscription's event types: the listed ones, or every one. */
export const ALL_EVENT_TYPES = '*';

/** One outbound event for the outbox: the key makes a retried write a no-op and lets receivers dedupe. */
export interface DomainEvent {
  key: string;
  type: DomainEventType;
  campaignId: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

export function isDomainEventType(value: string): value is DomainEventType {
  return (DOMAIN_EVENT_TYPES as readonly string[]).includes(value);
}

// The case step that produced the event; the submitted content itself stays in the case file, and an
// objector is never named to a receiver outside (objector-privacy.ts).
function common(event: CaseEvent): Record<string, unknown> {
  const { workflowId, campaignId, communityId, seq, action, stageBefore, stageAfter } = event;
  const actor = actorFor(action, event.actor, null);
  return { workflowId, campaignId, communityId, seq, action, actor, stageBefore, stageAfter };
}

function typesOf(event: CaseEvent): DomainEventType[] {
  const types: DomainEventType[] = [];
  if (event.stageBefore !== event.stageAfter) types.push('case.stage_changed');
  if (event.action.startsWith('SUBMIT_')) types.push('case.submission_received');
  if (event.action === 'AWARD') types.push('case.award_granted');
  if (event.action.endsWith('_MISSED')) types.push('case.deadline_missed');
  return types;
}

function extraData(type: DomainEventType, event: CaseEvent, award: Award | null): Record<string, unknown> {
  switch (type) {
    case 'case.submission_received':
      return { submission: event.action.slice('SUBMIT_'.length) };
    case 'case.award_granted':
      return { award };
    case 'case.deadline_missed':
      return { deadline: event.action === 'RECTIFICATION_MISSED' ? 'rectification' : 'application' };
    default:
      return {};
  }
}

/**
 * The key of an event of a case's closure (NOT_APPLIED, WITHDRAWN, AWARDED, NOT_AWARDED): a case closes
 * once, so the key names the closure, not the step, and is the same whichever path closes the case — its
 * workflow, or the campaign's set-based statement for cases that never started (libs/persistence builds
 * its SQL from this very function). The outbox keeps one message per key.
 */
export function closureEventKey(workflowId: string, type: DomainEventType): string {
  return `${workflowId}#closed#${type}`;
}

/** Whether the step behind the event closed the case (it was open before). */
function closes(event: CaseEvent): boolean {
  const before = event.stageBefore as CaseStage | null;
  return isClosed(event.stageAfter as CaseStage) && (before === null || !isClosed(before));
}

/**
 * The outbound events one committed case step means to integrators: a stage change, a submission, an
 * award, a missed deadline (one step may mean several). Keyed `${workflowId}#${seq}#${type}`, or by
 * `closureEventKey` for the step that closes the case.
 */
export function caseDomainEvents(event: CaseEvent, award: Award | null): DomainEvent[] {
  return typesOf(event).map((type) => ({
    key: closes(event) ? closureEventKey(event.workflowId, type) : `${event.workflowId}#${event.seq}#${type}`,
    type,
    campaignId: event.campaignId,
    occurredAt: event.at,
    data: { ...common(event), ...extraData(type, event, award) },
  }));
}
