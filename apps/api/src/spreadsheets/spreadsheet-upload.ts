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

/** 400 for a request carrying more than one file: which one would be imported is anyone's guess. */
function oneFileOnly(fieldnames: string[]): DomainError {
  return new DomainError(
    DomainErrorCode.INVALID_REQUEST,
    '只能上传一个文件：请只附一个 XLSX 或 CSV 文件 (field "file")',
    {
      problems: [
        {
          field: fieldnames[1] ?? UPLOAD_FIELD,
          message: `只能上传一个文件; the request holds ${fieldnames.length > 1 ? `${fieldnames.length} files (${fieldnames.join(', ')})` : 'more than one file'}`,
        },
      ],
    },
  );
}

/** 400 naming every form field besides the file: an upload takes the file and nothing else. */
function unexpectedFields(fieldnames: string[]): DomainError {
  return new DomainError(
    DomainErrorCode.INVALID_REQUEST,
    `The upload takes only the file (field "file"); remove ${fieldnames.join(', ')}`,
    {
      problems: fieldnames.map((field) => ({
        field,
        message: 'unexpected field; send only the file as multipart field "file"',
      })),
    },
  );
}

/**
 * The upload's "file" part, whole, or undefined when the request carries none (a file under another
 * name counts as none). Every part is read, so a second file or an extra form field is refused by name
 * instead of being silently left out.
 */
async function readUpload(request: UploadRequest): Promise<UploadedSpreadsheet | undefined> {
  if (!request.isMultipart()) return undefined;
  const files: string[] = [];
  const fields: string[] = [];
  let upload: UploadedSpreadsheet | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        fields.push(part.fieldname);
        continue;
      }
      files.push(part.fieldname);
      const buffer = await part.toBuffer();
      if (part.fieldname === UPLOAD_FIELD && upload === undefined) {
        upload = { originalname: part.filename, mimetype: part.mimetype, size: buffer.length, buffer };
      }
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // The parser's own limits (http-platform) stop a flood of parts before they are read.
    if (code === 'FST_FILES_LIMIT') throw oneFileOnly(files);
    if (code === 'FST_FIELDS_LIMIT') throw unexpectedFields(fields);
    throw uploadProblem(error);
  }
  if (files.length > 1) throw oneFileOnly(files);
  if (fields.length > 0) throw unexpectedFields(fields);
  return upload;
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
