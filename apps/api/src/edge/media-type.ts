import { safeParse } from 'fast-content-type-parse';
import { DomainError, DomainErrorCode } from '@app/domain';
import { JSON_BODY_LIMIT_BYTES } from './json-body';

/** The media types a route's body may come in: JSON (every route but the uploads) or a multipart upload. */
export const BodyMediaType = { JSON: 'application/json', MULTIPART: 'multipart/form-data' } as const;
export type BodyMediaType = (typeof BodyMediaType)[keyof typeof BodyMediaType];

/** What a route tells the request edge through Fastify's route config (see AcceptsMultipart). */
export interface EdgeRouteConfig {
  bodyMediaType?: BodyMediaType;
}

const UTF_8 = new Set(['utf-8', 'utf8']);

function unsupported(message: string, expected: BodyMediaType): DomainError {
  return new DomainError(DomainErrorCode.UNSUPPORTED_MEDIA_TYPE, message, {
    expected,
    problems: [{ field: 'Content-Type', message }],
  });
}

/** The header as sent, shortened for a message. */
function quoted(contentType: string | undefined): string {
  if (contentType === undefined || contentType === '') return 'no Content-Type';
  return JSON.stringify(contentType.length > 80 ? `${contentType.slice(0, 80)}…` : contentType);
}

/**
 * Why a request body's Content-Type is not what the route reads, or null: 415 for another media type
 * (text/plain, multipart on a JSON route, JSON on an upload) or a charset other than UTF-8 (a UTF-16
 * body would otherwise read as garbage or as nothing); 400 for multipart without its boundary.
 */
export function mediaTypeProblem(
  contentType: string | undefined,
  expected: BodyMediaType,
): DomainError | null {
  const { type, parameters } = safeParse(contentType ?? '');
  if (expected === BodyMediaType.JSON) {
    if (type !== BodyMediaType.JSON) {
      return unsupported(
        `Send the body as Content-Type: application/json (UTF-8), not ${quoted(contentType)}`,
        expected,
      );
    }
    const charset = parameters.charset?.toLowerCase();
    if (charset !== undefined && !UTF_8.has(charset)) {
      return unsupported(
        `JSON is read as UTF-8 only: send charset=utf-8 (or none), not ${quoted(charset)}`,
        expected,
      );
    }
    return null;
  }
  if (type !== BodyMediaType.MULTIPART) {
    return unsupported(
      `Send the file as multipart/form-data (field "file"), not ${quoted(contentType)}`,
      expected,
    );
  }
  if (!parameters.boundary) {
    const message =
      'The multipart/form-data Content-Type has no boundary; let the HTTP client set the header';
    return new DomainError(DomainErrorCode.INVALID_REQUEST, message, {
      problems: [{ field: 'Content-Type', message: 'expected multipart/form-data; boundary=…' }],
    });
  }
  return null;
}

/** Whether a request carries a body: a declared length above 0, or a chunked one. */
export function hasBody(headers: { 'content-length'?: string; 'transfer-encoding'?: string }): boolean {
  if (headers['transfer-encoding'] !== undefined) return true;
  const length = headers['content-length'];
  return length !== undefined && length !== '0';
}

/** 413 when a JSON body's declared length is over the limit, before a byte of it is read; else null. */
export function declaredSizeProblem(contentLength: string | undefined): DomainError | null {
  if (contentLength === undefined || Number(contentLength) <= JSON_BODY_LIMIT_BYTES) return null;
  const limit = `${JSON_BODY_LIMIT_BYTES / 1024 / 1024} MiB`;
  return new DomainError(DomainErrorCode.PAYLOAD_TOO_LARGE, `A JSON body may be at most ${limit}`, {
    problems: [{ field: 'body', message: `at most ${JSON_BODY_LIMIT_BYTES} bytes` }],
  });
}
