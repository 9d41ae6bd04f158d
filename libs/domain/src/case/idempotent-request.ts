import { DomainError, DomainErrorCode } from '../errors/domain-error';

/**
 * Idempotency-Key (IETF draft "The Idempotency-Key HTTP Header Field"): a key is scoped to the caller
 * and bound to a fingerprint of the request. A retry of the same request (same caller, key and
 * fingerprint) gets the first result; the same key with a different request is refused (422).
 *
 * The three travel to the case workflow as the Temporal Update id, `idempotency/<caller>/<key>/<fingerprint>`:
 * Temporal itself answers a repeated id with the first outcome, and the workflow's validator remembers
 * which fingerprint each (caller, key) was accepted with, so a different request under the same key never
 * reaches the case. Nothing is read from or written to a database on the way.
 */

/** How many keys a case remembers (the newest); a case takes a few dozen actions in its life. */
export const IDEMPOTENCY_KEYS_PER_CASE = 256;

/** A key as clients may send it: 8 to 100 of A-Z a-z 0-9 _ : . - (a UUID fits). */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_:.-]{8,100}$/;

const PREFIX = 'idempotency';

export interface IdempotentRequest {
  /** Who sent it (the user id): keys of different callers never meet. */
  callerId: string;
  key: string;
  /** A digest of the action and its body (hex): what makes two requests "the same". */
  fingerprint: string;
}

/** The Update id that carries a keyed request to its case workflow. */
export function idempotentUpdateId({ callerId, key, fingerprint }: IdempotentRequest): string {
  return [PREFIX, encodeURIComponent(callerId), encodeURIComponent(key), fingerprint].join('/');
}

/** The (caller, key) an Update id stands for and the request's fingerprint; null for an unkeyed Update. */
export function parseIdempotentUpdateId(
  updateId: string | undefined,
): { scope: string; fingerprint: string } | null {
  const parts = updateId?.split('/') ?? [];
  if (parts.length !== 4 || parts[0] !== PREFIX) return null;
  return { scope: `${parts[1]}/${parts[2]}`, fingerprint: parts[3] };
}

/**
 * The keys a case has accepted actions under, each with its request's fingerprint: at most
 * IDEMPOTENCY_KEYS_PER_CASE, the oldest forgotten first. Rebuilt on replay from the accepted Updates
 * themselves (each handler calls `remember`), so it needs no state of its own in the history.
 */
export class IdempotencyLedger {
  private readonly fingerprints = new Map<string, string>();

  constructor(private readonly capacity = IDEMPOTENCY_KEYS_PER_CASE) {}

  /** Throws IDEMPOTENCY_KEY_REUSED (422) when the key was accepted before with a different request. */
  assertNotReused(updateId: string | undefined): void {
    const request = parseIdempotentUpdateId(updateId);
    const accepted = request && this.fingerprints.get(request.scope);
    if (!request || accepted === undefined || accepted === request.fingerprint) return;
    const key = decodeURIComponent(request.scope.split('/')[1]);
    const message = `Idempotency-Key ${key} was already used for a different request on this case; send a new key for a new request (a retry must repeat the first request exactly)`;
    throw new DomainError(DomainErrorCode.IDEMPOTENCY_KEY_REUSED, message, {
      problems: [{ field: 'Idempotency-Key', message: 'already used for a different request on this case' }],
    });
  }

  /** Whether this very request (same key and fingerprint) was accepted before. */
  hasAccepted(updateId: string | undefined): boolean {
    const request = parseIdempotentUpdateId(updateId);
    return request !== null && this.fingerprints.get(request.scope) === request.fingerprint;
  }

  /** Records an accepted keyed request; forgets the oldest key beyond the capacity. */
  remember(updateId: string | undefined): void {
    const request = parseIdempotentUpdateId(updateId);
    if (!request) return;
    this.fingerprints.delete(request.scope);
    this.fingerprints.set(request.scope, request.fingerprint);
    if (this.fingerprints.size > this.capacity) {
      this.fingerprints.delete(this.fingerprints.keys().next().value as string);
    }
  }
}
