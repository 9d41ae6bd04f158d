import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@app/domain';
import { HTTP_STATUS_FOR } from './http-status-for';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
  correlationId?: string;
}

function bodyFor(exception: unknown, correlationId: string): ErrorBody {
  if (exception instanceof DomainError) {
    const { code, message, details } = exception;
    return { statusCode: HTTP_STATUS_FOR[code], code, message, details };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const given = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    return {
      statusCode: status,
      code: HttpStatus[status] ?? 'HTTP_ERROR',
      message: messageOf(given, exception),
    };
  }
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    code: 'INTERNAL',
    message: 'Something went wrong on our side; quote the correlation id when reporting it.',
    correlationId,
  };
}

/** An HttpException's own words: its message (or list of them), else the exception's default. */
function messageOf(given: unknown, exception: HttpException): string {
  if (typeof given === 'string') return given;
  if (Array.isArray(given)) return given.map(String).join('; ');
  return exception.message;
}

/** Every error leaves the API through here: domain codes → 4xx, the unknown → 500 with a correlation id. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(DomainExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    // The id of the request's log lines and its X-Request-Id header (see http-platform.ts).
    const correlationId = request.id;
    const body = bodyFor(exception, correlationId);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, correlationId, path: request.url }, 'Unhandled error');
    }
    const reply = http.getResponse<FastifyReply>();
    // RFC 9110: a 429 (or 503) says when to come back.
    const retryAfter = body.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') void reply.header('Retry-After', String(retryAfter));
    void reply.status(body.statusCode).send(body);
  }
}
