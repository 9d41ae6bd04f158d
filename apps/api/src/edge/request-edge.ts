import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { DomainError, DomainErrorCode, Problem } from '@app/domain';
import { errorBodyFor } from '../common/domain-exception.filter';
import { headerProblem } from './header-text';
import { BodyMediaType, declaredSizeProblem, EdgeRouteConfig, hasBody, mediaTypeProblem } from './media-type';
import { requestTargetProblem } from './request-target';

/** The longest path parameter the router takes (ids are at most 100 characters). */
export const MAX_PATH_PARAMETER_LENGTH = 100;

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function invalid(problem: Problem, message = 'The request could not be read; see problems'): DomainError {
  return new DomainError(DomainErrorCode.INVALID_REQUEST, message, { problems: [problem] });
}

/**
 * Fastify onRequest hook, before any body is read or any handler runs: the path and query (NUL, bytes
 * that are not UTF-8), every header (not UTF-8), and, for a request with a body, its Content-Type
 * (application/json in UTF-8, or multipart/form-data on the upload routes) and declared size. A refusal
 * goes through the app's exception filter like any other error.
 */
export function checkRequestEdge(
  request: FastifyRequest,
  _reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  const problem = requestTargetProblem(request.raw.url ?? '') ?? headerProblem(request.raw.rawHeaders);
  if (problem !== null) return done(invalid(problem));
  if (!METHODS_WITH_BODY.has(request.method) || !hasBody(request.headers) || request.is404) return done();
  const expected = (request.routeOptions.config as EdgeRouteConfig).bodyMediaType ?? BodyMediaType.JSON;
  const contentType = request.headers['content-type'];
  const refused =
    mediaTypeProblem(contentType, expected) ??
    (expected === BodyMediaType.JSON ? declaredSizeProblem(request.headers['content-length']) : null);
  done(refused ?? undefined);
}

/**
 * Fastify's frameworkErrors: what the router refuses before any hook runs (a path that is not valid
 * percent-encoded UTF-8, a path segment over MAX_PATH_PARAMETER_LENGTH). This runs outside the app's
 * error handling, so it answers with the exception filter's body itself.
 */
export function routerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? `a path segment is longer than ${MAX_PATH_PARAMETER_LENGTH} characters`
      : 'the path is not valid percent-encoded UTF-8 (a lone surrogate, a character cut short, or a stray "%")';
  const body = errorBodyFor(invalid({ field: 'path', message }), request.id);
  void reply.code(body.statusCode).send(body);
}

const CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'REQUEST_TIMEOUT',
    message: 'The request took too long to arrive',
  },
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
    message: 'The request headers are too large',
  },
};

/**
 * Fastify's clientErrorHandler: a request Node could not parse as HTTP (a NUL or raw non-ASCII byte in
 * the request line or a header), answered in the API's error body before the socket closes. There is
 * no request yet, so nothing reaches the app.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = CLIENT_ERRORS[error.code ?? ''];
  const { status, code, message } = known ?? {
    status: 400,
    code: DomainErrorCode.INVALID_REQUEST,
    message: 'The request is not valid HTTP: the request line or a header holds a byte HTTP does not allow',
  };
  const body = JSON.stringify({
    statusCode: status,
    code,
    message,
    details: { problems: [{ field: 'request', message }] },
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
