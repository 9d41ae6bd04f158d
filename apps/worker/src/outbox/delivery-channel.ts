import type { DeliveryChannel } from '@app/persistence';
import type { ClaimedDelivery } from '@app/persistence';
import type { DeliveryOutcome } from './retry-backoff';

/** One way out (webhook, e-mail): attempts a batch of its own deliveries, one outcome each, in order. */
export interface DeliveryChannelAdapter {
  readonly channel: DeliveryChannel;
  /** Never throws: a failed attempt is an outcome. Each attempt is bounded by the channel's timeout. */
  deliver(batch: ClaimedDelivery[]): Promise<DeliveryOutcome[]>;
  close(): Promise<void>;
}

/** The error's name, e.g. 'TimeoutError' (errors from fetch may come from another realm: no instanceof). */
export function errorName(error: unknown): string | undefined {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
}

/** A failure as one line for last_error: the message and, for network errors, the cause's code. */
export function describeFailure(error: unknown): string {
  const { message, cause } = (error ?? {}) as {
    message?: unknown;
    cause?: { code?: unknown; message?: unknown };
  };
  if (typeof message !== 'string') return String(error);
  const detail = [cause?.code, cause?.message].find((value) => typeof value === 'string');
  return detail === undefined ? message : `${message}: ${detail}`;
}
