import { isUtf8 } from 'node:buffer';
import type { Problem } from '@app/domain';

const PERCENT = 0x25;
const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;

/** The bytes a percent-encoded component stands for, or null when a "%" is not followed by two hex digits. */
function decodedBytes(component: string): Buffer | null {
  const bytes = Buffer.allocUnsafe(component.length);
  let length = 0;
  for (let i = 0; i < component.length; i += 1) {
    const code = component.charCodeAt(i);
    if (code !== PERCENT) {
      bytes[length++] = code;
      continue;
    }
    const hex = component.slice(i + 1, i + 3);
    if (!HEX_PAIR.test(hex)) return null;
    bytes[length++] = Number.parseInt(hex, 16);
    i += 2;
  }
  return bytes.subarray(0, length);
}

/** Why a percent-encoded path or query component cannot be taken, or null. */
function componentProblem(component: string): string | null {
  if (!component.includes('%')) return null;
  const bytes = decodedBytes(component);
  if (bytes === null) return 'has a "%" that is not followed by two hex digits (write "%" as %25)';
  if (bytes.includes(0)) return 'contains a NUL character (%00); remove it';
  if (!isUtf8(bytes)) {
    return 'is not valid UTF-8 once percent-decoded (a lone surrogate, or a character cut short)';
  }
  return null;
}

function parameterName(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}

/**
 * Why a request target (the path and query as sent, e.g. `/titles?titleKind=%00`) cannot be taken, or
 * null when it can: a percent-escape that decodes to NUL (PostgreSQL refuses 0x00) or to bytes that are
 * not UTF-8 (decoders would turn them into U+FFFD), or a malformed escape. The problem names the query
 * parameter, else "path" or "query". A target without "%" returns at once: Node already refuses raw
 * control and non-ASCII bytes in the request line.
 */
export function requestTargetProblem(target: string): Problem | null {
  if (!target.includes('%')) return null;
  const queryAt = target.indexOf('?');
  const pathProblem = componentProblem(queryAt === -1 ? target : target.slice(0, queryAt));
  if (pathProblem !== null) return { field: 'path', message: `the path ${pathProblem}` };
  if (queryAt === -1) return null;
  for (const pair of target.slice(queryAt + 1).split('&')) {
    const equals = pair.indexOf('=');
    const name = equals === -1 ? pair : pair.slice(0, equals);
    const nameProblem = componentProblem(name);
    if (nameProblem !== null) return { field: 'query', message: `a query parameter's name ${nameProblem}` };
    const valueProblem = equals === -1 ? null : componentProblem(pair.slice(equals + 1));
    if (valueProblem !== null) {
      const field = parameterName(name);
      return { field, message: `${field} ${valueProblem}` };
    }
  }
  return null;
}
