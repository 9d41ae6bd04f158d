/**
 * One field the API named as wrong (`details.problems[]`): its message in English, and where the rule
 * names it, a code (libs/domain's ProblemCode) and the values the message quotes.
 */
export interface Problem {
  field: string;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

/** The API's error body ({statusCode, code, message, details}); see the README's “Errors a client gets”. */
export interface ErrorBody {
  statusCode?: number;
  code?: string;
  message?: string;
  details?: Record<string, unknown>;
  correlationId?: string;
}

/** A failed call: the status (0 when the network failed), the API's code, its problems and correlation id. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown>;
  readonly correlationId: string | null;

  constructor(status: number, body: ErrorBody, requestId: string | null = null) {
    super(body.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? (status === 0 ? 'NETWORK' : `HTTP_${status}`);
    this.details = body.details ?? {};
    this.correlationId =
      body.correlationId ??
      (typeof this.details.correlationId === 'string' ? this.details.correlationId : null) ??
      requestId;
  }

  get problems(): Problem[] {
    const problems = this.details.problems;
    return Array.isArray(problems)
      ? problems.filter(
          (p): p is Problem =>
            typeof p === 'object' &&
            p !== null &&
            typeof (p as Problem).field === 'string' &&
            typeof (p as Problem).message === 'string',
        )
      : [];
  }

  /** Nothing reached the server (offline, connection lost): what was typed must be kept for a retry. */
  get isNetwork(): boolean {
    return this.status === 0;
  }

  /** A dependency is down (503) or the network failed: try again shortly. */
  get isRetryable(): boolean {
    return this.status === 0 || this.status === 503 || this.status === 502 || this.status === 504;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
