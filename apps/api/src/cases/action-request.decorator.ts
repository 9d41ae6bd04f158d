import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError, DomainErrorCode } from '@app/domain';

/** What the caller asked of one action besides its body. */
export interface ActionRequest {
  /** Idempotency-Key: a retry with the same key returns the first result. */
  idempotencyKey?: string;
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
  answerReadYourWrites(recorded: boolean): void;
}

export const READ_YOUR_WRITES = 'read-your-writes';
/** The header of a reply that did not wait for the read model after all; its value is `pending`. */
export const READ_YOUR_WRITES_HEADER = 'X-Read-Your-Writes';

type Headers = Record<string, string | undefined>;

/** The Idempotency-Key and Prefer headers of an action, checked. */
export const ActionRequestOptions = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ActionRequest => {
    const http = context.switchToHttp();
    const { headers } = http.getRequest<{ headers: Headers }>();
    const reply = http.getResponse<FastifyReply>();
    return {
      idempotencyKey: idempotencyKey(headers['idempotency-key']),
      readYourWrites: prefers(headers.prefer, READ_YOUR_WRITES),
      answerReadYourWrites(recorded) {
        // RFC 7240: name the preference only when it was honoured.
        if (recorded) void reply.header('Preference-Applied', READ_YOUR_WRITES);
        else void reply.header(READ_YOUR_WRITES_HEADER, 'pending');
      },
    };
  },
);

/** Whether a Prefer header (RFC 7240: comma-separated, each possibly with `;` parameters) names the preference. */
export function prefers(header: string | undefined, preference: string): boolean {
  return (header ?? '').split(',').some((token) => token.split(';')[0].trim().toLowerCase() === preference);
}

function idempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[A-Za-z0-9_:.-]{8,100}$/.test(value)) {
    throw new DomainError(
      DomainErrorCode.INVALID_REQUEST,
      'Idempotency-Key must be 8 to 100 letters, digits or _ : . -',
      {
        problems: [{ field: 'Idempotency-Key', message: 'expected 8 to 100 of A-Z a-z 0-9 _ : . -' }],
      },
    );
  }
  return value;
}
