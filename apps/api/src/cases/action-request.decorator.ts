import { createHash } from 'node:crypto';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError, DomainErrorCode, IDEMPOTENCY_KEY_PATTERN } from '@app/domain';
import { canonicalJson } from '@app/persistence';

/** What the caller asked of one action besides its body. */
export interface ActionRequest {
  /**
   * Idempotency-Key, with the request's fingerprint: a retry of the same request (same caller, key and
   * fingerprint) returns the first result; the key with a different request is refused (422).
   */
  idempotency?: { key: string; fingerprint: string };
  /**
   * `Prefer: read-your-writes`: reply only once the case list, progress, audit trail and outbox show
   * the action too. Without it the reply comes as soon as the workflow has committed the step, and
   * those follow a few milliseconds later; the reply itself always carries the new case file.
   */
  readYourWrites: boolean;
  /**
   * Says in the reply's headers whether the read model showed the action when it was sent:
   * `Preference-Applied: read-your-writes` (RFC 7240), or `X-Read-Your-Writes: pending` when the wait
   * ran out (READ_YOUR_WRITES_TIMEOUT_MS) and the action's write is still to land.
   */
  answerReadYourWrites(applied: boolean): void;
}

export const READ_YOUR_WRITES = 'read-your-writes';
/** The header of a reply that did not wait for the read model after all; its value is `pending`. */
export const READ_YOUR_WRITES_HEADER = 'X-Read-Your-Writes';

interface ActionHttpRequest {
  headers: Record<string, string | undefined>;
  url: string;
  originalUrl?: string;
  body?: unknown;
}

/** The Idempotency-Key and Prefer headers of an action, checked. */
export const ActionRequestOptions = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ActionRequest => {
    const http = context.switchToHttp();
    const request = http.getRequest<ActionHttpRequest>();
    const reply = http.getResponse<FastifyReply>();
    const key = idempotencyKey(request.headers['idempotency-key']);
    const fingerprint =
      key === undefined ? undefined : requestFingerprint(request.originalUrl ?? request.url, request.body);
    return {
      idempotency: key === undefined ? undefined : { key, fingerprint: fingerprint! },
      readYourWrites: prefers(request.headers.prefer, READ_YOUR_WRITES),
      answerReadYourWrites(applied) {
        // RFC 7240: name the preference only when it was honoured.
        if (applied) void reply.header('Preference-Applied', READ_YOUR_WRITES);
        else void reply.header(READ_YOUR_WRITES_HEADER, 'pending');
      },
    };
  },
);

/** Whether a Prefer header (RFC 7240: comma-separated, each possibly with `;` parameters) names the preference. */
export function prefers(header: string | undefined, preference: string): boolean {
  return (header ?? '').split(',').some((token) => token.split(';')[0].trim().toLowerCase() === preference);
}

// RFC 8941 sf-string: printable ASCII between double quotes, with \" and \\ escaped.
const SF_STRING = /^"((?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*)"$/;

/**
 * The key of an Idempotency-Key header: as the IETF draft writes it, a quoted string
 * (`"8e03978e-40d5-43e8-bc93-6894a57f9324"`), or bare; 8 to 100 of A-Z a-z 0-9 _ : . - either way.
 * Anything else (two keys, other characters) is refused with 400 naming the header.
 */
export function idempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const quoted = SF_STRING.exec(value.trim());
  const key = quoted ? quoted[1].replace(/\\(["\\])/g, '$1') : value.trim();
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new DomainError(
      DomainErrorCode.INVALID_REQUEST,
      'Idempotency-Key must be 8 to 100 letters, digits or _ : . -, bare or in double quotes (e.g. a UUID)',
      {
        problems: [
          { field: 'Idempotency-Key', message: 'expected 8 to 100 of A-Z a-z 0-9 _ : . -, bare or "quoted"' },
        ],
      },
    );
  }
  return key;
}

/**
 * The idempotency fingerprint of an action (IETF draft: a checksum of the request): SHA-256 (hex) of the
 * path it was sent to and its body as canonical JSON, so the same request sent again, with its keys in
 * any order, has the same fingerprint. The caller is not in it: keys are already scoped to the caller.
 */
export function requestFingerprint(path: string, body: unknown): string {
  return createHash('sha256')
    .update(canonicalJson({ path, body: body ?? null }))
    .digest('hex');
}
