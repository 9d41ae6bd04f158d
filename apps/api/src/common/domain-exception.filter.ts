import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { classifyDependencyFailure } from './dependency-failure';
import { DependencyUnavailableError, unavailableMessage } from './dependency-unavailable.error';
import { CODE_FOR_HTTP_STATUS, HTTP_STATUS_FOR } from './http-status-for';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
  correlationId?: string;
}

/** RETRY_AFTER_SECONDS' default, for answers made outside the app (the router's own refusals). */
const DEFAULT_RETRY_AFTER_SECONDS = 5;

/**
 * The error body the API answers for an exception (also used by the router's own refusals; see edge/):
 * a dependency down → 503 with its code, a domain error → its status, an HTTP error → its status with the
 * domain's code for it, anything else → 500 with the correlation id.
 */
export function errorBodyFor(
  exception: unknown,
  correlationId: string,
  retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS,
): ErrorBody {
  const unavailable = unavailableBody(exception, retryAfterSeconds);
  if (unavailable) return unavailable;
  if (exception instanceof DomainError) {
    const { code, message, details } = exception;
    return { statusCode: HTTP_STATUS_FOR[code], code, message, details };
  }
  if (exception instanceof HttpException) return httpErrorBody(exception);
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    code: 'INTERNAL',
    message: 'Something went wrong on our side; quote the correlation id when reporting it.',
    correlationId,
  };
}

function httpErrorBody(exception: HttpException): ErrorBody {
  const status = exception.getStatus();
  const response = exception.getResponse();
  // Ours may carry their own code and details (GET /health's 503); Nest's and Fastify's carry neither.
  const {
    message: given,
    code,
    details,
  } = (typeof response === 'string' ? { message: response } : response) as {
    message?: unknown;
    code?: unknown;
    details?: Record<string, unknown>;
  };
  const message = messageOf(given, exception);
  // A malformed request names what was wrong, as the domain's own 400s do.
  const problems =
    status === Number(HttpStatus.BAD_REQUEST) ? { problems: [{ field: 'request', message }] } : undefined;
  const merged = details ?? problems;
  return {
    statusCode: status,
    code:
      typeof code === 'string' ? code : (CODE_FOR_HTTP_STATUS[status] ?? HttpStatus[status] ?? 'HTTP_ERROR'),
    message,
    ...(merged && { details: merged }),
  };
}

/**
 * A dependency down (Temporal, PostgreSQL) or too slow: 503 with its code, whoever threw it. The Temporal
 * calls say themselves whether they were an action; a database error reaches here as the driver threw it.
 */
function unavailableBody(exception: unknown, retryAfterSeconds: number): ErrorBody | undefined {
  const action = exception instanceof DependencyUnavailableError && exception.action;
  const failure =
    exception instanceof DependencyUnavailableError
      ? exception.failure
      : classifyDependencyFailure(exception);
  if (!failure) return undefined;
  return {
    statusCode: HttpStatus.SERVICE_UNAVAILABLE,
    code: failure.code,
    message: unavailableMessage(failure, action, retryAfterSeconds),
    details: { dependency: failure.dependency, retryAfterSeconds },
  };
}

/** An HttpException's own words: its message (or list of them), else the exception's default. */
function messageOf(given: unknown, exception: HttpException): string {
  if (typeof given === 'string') return given;
  if (Array.isArray(given)) return given.map(String).join('; ');
  return exception.message;
}

/**
 * Every error leaves the API through here: domain codes → 4xx, a dependency down → 503 with its code and
 * Retry-After, the unknown → 500 with a correlation id.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(DomainExceptionFilter.name);

  constructor(private readonly config: AppConfig) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    // The id of the request's log lines and its X-Request-Id header (see http-platform.ts).
    const correlationId = request.id;
    const body = errorBodyFor(exception, correlationId, this.config.RETRY_AFTER_SECONDS);
    if (body.statusCode === Number(HttpStatus.SERVICE_UNAVAILABLE)) {
      const reason = exception instanceof Error ? exception.message : String(exception);
      this.logger.warn(
        { code: body.code, reason, correlationId, path: request.url },
        'Dependency unavailable',
      );
    } else if (body.statusCode >= Number(HttpStatus.INTERNAL_SERVER_ERROR)) {
      this.logger.error({ err: exception, correlationId, path: request.url }, 'Unhandled error');
    }
    // RFC 9110: a 429 or a 503 says when to come back (a 503 of /health too, which names no time itself).
    const retryAfter =
      body.details?.retryAfterSeconds ??
      (body.statusCode === Number(HttpStatus.SERVICE_UNAVAILABLE)
        ? this.config.RETRY_AFTER_SECONDS
        : undefined);
    if (typeof retryAfter === 'number') void reply.header('Retry-After', String(retryAfter));
    void reply.status(body.statusCode).send(body);
  }
}
