import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { classifyDependencyFailure } from './dependency-failure';
import { DependencyUnavailableError, unavailableMessage } from './dependency-unavailable.error';
import { HTTP_STATUS_FOR } from './http-status-for';

export interface ErrorBody {
  statusCode: HttpStatus;
  code: string;
  message: string;
  details?: Record<string, unknown>;
  correlationId?: string;
}

function bodyFor(exception: unknown, correlationId: string, retryAfterSeconds: number): ErrorBody {
  const unavailable = unavailableBody(exception, retryAfterSeconds);
  if (unavailable) return unavailable;
  if (exception instanceof DomainError) {
    const { code, message, details } = exception;
    return { statusCode: HTTP_STATUS_FOR[code], code, message, details };
  }
  if (exception instanceof HttpException) {
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
    return {
      statusCode: status,
      code: typeof code === 'string' ? code : (HttpStatus[status] ?? 'HTTP_ERROR'),
      message: messageOf(given, exception),
      ...(details && { details }),
    };
  }
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    code: 'INTERNAL',
    message: 'Something went wrong on our side; quote the correlation id when reporting it.',
    correlationId,
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
    const body = bodyFor(exception, correlationId, this.config.RETRY_AFTER_SECONDS);
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) {
      void reply.header('Retry-After', String(this.config.RETRY_AFTER_SECONDS));
      const reason = exception instanceof Error ? exception.message : String(exception);
      this.logger.warn(
        { code: body.code, reason, correlationId, path: request.url },
        'Dependency unavailable',
      );
    } else if (body.statusCode >= HttpStatus.INTERNAL_SERVER_ERROR) {
      this.logger.error({ err: exception, correlationId, path: request.url }, 'Unhandled error');
    }
    void reply.status(body.statusCode).send(body);
  }
}
