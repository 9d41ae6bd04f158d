import type { Problem } from '../errors/domain-error';
import { ALL_EVENT_TYPES, DOMAIN_EVENT_TYPES, isDomainEventType } from './case-domain-events';

/** What a caller asks to subscribe: where to POST, which event types, and which campaign (null: all). */
export interface WebhookSubscriptionDraft {
  url: string;
  eventTypes: string[];
  campaignId: string | null;
}

function urlProblems(url: string): Problem[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [{ field: 'url', message: `expected an absolute http:// or https:// URL; got "${url}"` }];
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return [{ field: 'url', message: `expected http:// or https://; got ${parsed.protocol}//` }];
  }
  // The secret signs the requests; credentials in the URL would leak through logs and listings.
  if (parsed.username || parsed.password) {
    return [{ field: 'url', message: 'must not carry a user name or password' }];
  }
  return [];
}

function eventTypeProblems(eventTypes: string[]): Problem[] {
  const known = `one of ${DOMAIN_EVENT_TYPES.join(', ')}, or ${ALL_EVENT_TYPES} alone for every type`;
  if (eventTypes.includes(ALL_EVENT_TYPES) && eventTypes.length > 1) {
    return [
      { field: 'eventTypes', message: `${ALL_EVENT_TYPES} already means every type; list nothing else` },
    ];
  }
  return eventTypes.flatMap((type, index) =>
    type === ALL_EVENT_TYPES || isDomainEventType(type)
      ? []
      : [{ field: `eventTypes[${index}]`, message: `unknown event type "${type}"; expected ${known}` }],
  );
}

/** Every problem with a subscription request (an empty list means it is acceptable). */
export function validateWebhookSubscription(draft: WebhookSubscriptionDraft): Problem[] {
  return [...urlProblems(draft.url), ...eventTypeProblems(draft.eventTypes)];
}
