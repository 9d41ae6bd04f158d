import { isUtf8 } from 'node:buffer';
import secureJson from 'secure-json-parse';
import { DomainError, DomainErrorCode, Problem } from '@app/domain';
import { textProblem } from './well-formed-text';

/** The largest JSON body an endpoint reads (spreadsheet uploads have their own limit). */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The deepest nesting of arrays and objects a JSON body may have. The deepest real body (a standard:
 * body › categories › category › items › item › evidence) has 6; free-form fields have tighter bounds
 * of their own (IsBoundedJson). Without a bound, 5,000 nested arrays overflow the validation's stack.
 */
export const JSON_MAX_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LETTER_U = 0x75;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/** What the raw-text scan found: nothing, too deep, or a \u escape that makes a bad string. */
type ScanFinding = null | 'DEPTH' | 'BAD_ESCAPE';

/** The 16-bit value of four hex digits at `at`, or -1 when they are not hex digits. */
function hex4(bytes: Buffer, at: number): number {
  if (at + 4 > bytes.length) return -1;
  const value = Number.parseInt(bytes.toString('latin1', at, at + 4), 16);
  return Number.isNaN(value) ? -1 : value;
}

/** A \uXXXX escape at `at` (the backslash): how many bytes it spans, or -1 when it makes NUL or a lone surrogate. */
function escapeLength(bytes: Buffer, at: number): number {
  const unit = hex4(bytes, at + 2);
  if (unit === 0 || (unit >= 0xdc00 && unit <= 0xdfff)) return -1;
  if (unit < 0xd800 || unit > 0xdbff) return 6;
  // A high surrogate must be followed at once by an escaped low one.
  const low = bytes[at + 6] === BACKSLASH && bytes[at + 7] === LETTER_U ? hex4(bytes, at + 8) : -1;
  return low >= 0xdc00 && low <= 0xdfff ? 12 : -1;
}

/**
 * One pass over the raw JSON text, before it is parsed: nesting depth outside strings, and \u escapes
 * inside them that would make NUL or a lone surrogate (raw control characters and malformed text are
 * JSON.parse's to refuse). Linear, allocation-free for ordinary text.
 */
function scan(bytes: Buffer): ScanFinding {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (inString) {
      if (byte === QUOTE) inString = false;
      else if (byte === BACKSLASH) {
        if (bytes[i + 1] !== LETTER_U) i += 1;
        else {
          const length = escapeLength(bytes, i);
          if (length < 0) return 'BAD_ESCAPE';
          i += length - 1;
        }
      }
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      depth += 1;
      if (depth > JSON_MAX_DEPTH) return 'DEPTH';
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) depth -= 1;
  }
  return null;
}

function invalid(
  problems: Problem[],
  message = 'The request body could not be read; see problems',
): DomainError {
  return new DomainError(DomainErrorCode.INVALID_REQUEST, message, { problems });
}

function parsed(text: string): unknown {
  try {
    return secureJson.parse(text, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    throw invalid([{ field: 'body', message: `the body is not valid JSON: ${(error as Error).message}` }]);
  }
}

/** The dotted path of the first string (key or value) in `value` that textProblem refuses, with why. */
function firstBadText(value: unknown, path: string): Problem | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem === null ? null : { field: path || 'body', message: `${path || 'the body'} ${problem}` };
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, entry] of Object.entries(value)) {
    const field = path === '' ? key : `${path}.${key}`;
    const keyProblem = textProblem(key);
    if (keyProblem !== null) return { field, message: `the field name ${JSON.stringify(key)} ${keyProblem}` };
    const found = firstBadText(entry, field);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Reads a JSON request body: UTF-8 only, at most JSON_MAX_DEPTH deep, no NUL and no lone surrogate in
 * any string or field name, and an object at the top (every JSON endpoint takes one). The depth is
 * checked on the raw text, before parsing builds anything deep. An empty body reads as {} (a POST with
 * no fields). Keys that would poison prototypes (__proto__, constructor.prototype) are refused, as
 * Fastify's own parser does. Throws a 400 DomainError naming the field (or "body") and what to send.
 */
export function readJsonBody(bytes: Buffer): Record<string, unknown> {
  if (bytes.length === 0) return {};
  if (!isUtf8(bytes)) {
    throw invalid([{ field: 'body', message: 'the body is not valid UTF-8; send JSON encoded as UTF-8' }]);
  }
  const finding = scan(bytes);
  if (finding === 'DEPTH') {
    const message = `the body nests arrays and objects more than ${JSON_MAX_DEPTH} levels deep`;
    throw invalid([{ field: 'body', message }]);
  }
  const value = parsed(bytes.toString('utf8'));
  if (finding === 'BAD_ESCAPE') {
    const problem = firstBadText(value, '') ?? {
      field: 'body',
      message: 'the body holds an invalid \\u escape',
    };
    throw invalid([problem]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid([{ field: 'body', message: 'expected a JSON object, e.g. {"reason": "…"}' }]);
  }
  return value as Record<string, unknown>;
}
