import type { CaseNotification } from '../case/reminders';
import type { DomainEvent } from './case-domain-events';
import { consoleLinkFor, consoleUrlFor } from './console-link';

/**
 * The outbound copy of an in-app message (reminder, escalation, chase), keyed like the inbox row, with
 * the console page it is about: `link`, a path on the API's origin, and `url`, the same page at the
 * deployment's public address (`publicUrl`, see PUBLIC_URL) for readers outside the console.
 */
export function notificationDomainEvent(
  notification: CaseNotification,
  occurredAt: string,
  publicUrl: string,
): DomainEvent {
  const { key, kind, campaignId, workflowId, communityId, audience, title, body } = notification;
  const link = consoleLinkFor(notification);
  return {
    key,
    type: 'notification.created',
    campaignId,
    occurredAt,
    data: {
      key,
      kind,
      campaignId,
      workflowId,
      communityId,
      audience: audience.kind,
      title,
      body,
      link,
      url: consoleUrlFor(link, publicUrl),
    },
  };
}
