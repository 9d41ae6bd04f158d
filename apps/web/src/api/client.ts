import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError, type ErrorBody } from './api-error';
import { clearSession, readSession } from '../auth/session';

/**
 * The typed API client: every path, parameter and body comes from the API's own OpenAPI document
 * (schema.d.ts, generated; see the README). Same origin, so no base URL and no CORS.
 */
export const api = createClient<paths>({ baseUrl: window.location.origin });

/** Called when the API refuses the token: the app sends the user to sign-in and back afterwards. */
let onSignedOut: () => void = () => {};
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

const authentication: Middleware = {
  onRequest({ request }) {
    const session = readSession(localStorage, Date.now());
    if (session) request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !request.url.endsWith('/auth/login')) {
      clearSession(localStorage);
      onSignedOut();
    }
    return response;
  },
};
api.use(authentication);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of a call, or an ApiError carrying the status, code, problems and correlation id. A call that
 * never reached the server (offline) becomes an ApiError with status 0.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (error) {
    throw new ApiError(0, { message: error instanceof Error ? error.message : String(error) });
  }
  if (result.response.ok) return result.data as T;
  const body = (
    typeof result.error === 'object' && result.error !== null
      ? result.error
      : { message: typeof result.error === 'string' ? result.error : '' }
  ) as ErrorBody;
  throw new ApiError(result.response.status, body, result.response.headers.get('X-Request-Id'));
}

/** Headers for one case action: Prefer read-your-writes (lists refresh right after), and a retry key. */
export function actionHeaders(idempotencyKey?: string): Record<string, string> {
  return idempotencyKey
    ? { Prefer: 'read-your-writes', 'Idempotency-Key': idempotencyKey }
    : { Prefer: 'read-your-writes' };
}

/** A new Idempotency-Key (8–100 of A-Z a-z 0-9 _ : . -), made once per draft or per dialog. */
export function newIdempotencyKey(prefix: string): string {
  return `${prefix}:${crypto.randomUUID()}`;
}
