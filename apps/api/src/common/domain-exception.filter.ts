import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
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
    const message =
      typeof response === 'string' ? response : String((response as { message?: unknown }).message);
    return { statusCode: status, code: HttpStatus[status] ?? 'HTTP_ERROR', message };
  }
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    code: 'INTERNAL',
    message: 'Something went wrong on our side; quote the correlation id when reporting it.',
    correlationId,
  };
}

/** Every error leaves the API through here: domain codes → 4xx, the unknown → 500 with a correlation id. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(DomainExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const correlationId = String(request.id ?? 'unknown');
    const body = bodyFor(exception, correlationId);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, correlationId, path: request.url }, 'Unhandled error');
    }
    http.getResponse<Response>().status(body.statusCode).json(body);
  }
}
