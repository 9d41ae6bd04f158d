import '@fastify/multipart';
import {
  applyDecorators,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { DomainError, DomainErrorCode } from '@app/domain';
import { BodyMediaType, EdgeRouteConfig } from '../edge/media-type';
import { UPLOAD_LIMIT_BYTES, UploadedSpreadsheet } from './spreadsheet';

type UploadRequest = FastifyRequest & { spreadsheet?: UploadedSpreadsheet };

const UPLOAD_FIELD = 'file';

/**
 * Why reading the upload failed, as an error for the client: 413 over the size limit, 400 for anything
 * else. Everything that can fail while reading is the request's own framing — no boundary, a part cut
 * short, a malformed part header, a connection dropped mid-file — and nothing has been written yet.
 */
function uploadProblem(error: unknown): DomainError {
  const status = (error as { statusCode?: unknown }).statusCode;
  if (status === 413) {
    const limit = `${UPLOAD_LIMIT_BYTES / 1024 / 1024} MiB`;
    return new DomainError(
      DomainErrorCode.PAYLOAD_TOO_LARGE,
      `The file is larger than ${limit}; split it into smaller files`,
      {
        problems: [{ field: UPLOAD_FIELD, message: `at most ${UPLOAD_LIMIT_BYTES} bytes` }],
      },
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new DomainError(
    DomainErrorCode.INVALID_REQUEST,
    'The upload could not be read as multipart/form-data; send the file again (field "file")',
    { problems: [{ field: UPLOAD_FIELD, message: reason }] },
  );
}

/** The upload's "file" part, whole, or undefined when the request carries none. */
async function readUpload(request: UploadRequest): Promise<UploadedSpreadsheet | undefined> {
  if (!request.isMultipart()) return undefined;
  try {
    const part = await request.file();
    if (part === undefined || part.fieldname !== UPLOAD_FIELD) return undefined;
    const buffer = await part.toBuffer();
    return { originalname: part.filename, mimetype: part.mimetype, size: buffer.length, buffer };
  } catch (error) {
    throw uploadProblem(error);
  }
}

/** Reads the spreadsheet upload (multipart field "file", at most UPLOAD_LIMIT_BYTES) before the handler. */
@Injectable()
export class SpreadsheetUploadInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<UploadRequest>();
    request.spreadsheet = await readUpload(request);
    return next.handle();
  }
}

/** The file SpreadsheetUploadInterceptor read, or undefined (readSpreadsheet then says what to attach). */
export const UploadedSpreadsheetFile = createParamDecorator(
  (_data: unknown, context: ExecutionContext): UploadedSpreadsheet | undefined =>
    context.switchToHttp().getRequest<UploadRequest>().spreadsheet,
);

/** An endpoint taking one spreadsheet upload: reads it, and documents the multipart body in OpenAPI. */
export function SpreadsheetUpload(): MethodDecorator {
  const edge: EdgeRouteConfig = { bodyMediaType: BodyMediaType.MULTIPART };
  return applyDecorators(
    // Tells the request edge to take multipart here (and only here) instead of JSON.
    RouteConfig(edge),
    UseInterceptors(SpreadsheetUploadInterceptor),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: { type: 'object', properties: { [UPLOAD_FIELD]: { type: 'string', format: 'binary' } } },
    }),
  );
}
