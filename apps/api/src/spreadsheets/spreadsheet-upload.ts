import '@fastify/multipart';
import {
  applyDecorators,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { DomainError, DomainErrorCode } from '@app/domain';
import { UPLOAD_LIMIT_BYTES, UploadedSpreadsheet } from './spreadsheet';

type UploadRequest = FastifyRequest & { spreadsheet?: UploadedSpreadsheet };

const UPLOAD_FIELD = 'file';

/** Multipart problems a clerk can fix (413 too large, 400 malformed); anything else is ours. */
function uploadProblem(error: unknown): unknown {
  const status = (error as { statusCode?: unknown }).statusCode;
  if (status === 413) {
    return new PayloadTooLargeException(
      `The file is larger than ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MiB; split it into smaller files`,
    );
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new DomainError(DomainErrorCode.INVALID_REQUEST, 'The upload could not be read', {
      problems: [{ field: UPLOAD_FIELD, message: (error as Error).message }],
    });
  }
  return error;
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
  return applyDecorators(
    UseInterceptors(SpreadsheetUploadInterceptor),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: { type: 'object', properties: { [UPLOAD_FIELD]: { type: 'string', format: 'binary' } } },
    }),
  );
}
