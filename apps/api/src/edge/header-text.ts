import { isUtf8 } from 'node:buffer';
import type { Problem } from '@app/domain';

// Anything beyond printable ASCII and tab; Node has already refused NUL, CR, LF and other controls.
const NOT_PLAIN_ASCII = /[^\t\x20-\x7e]/;

/**
 * Why one of a request's header values cannot be taken, or null: non-ASCII bytes that are not UTF-8
 * (Node hands header values over as Latin-1, so a client's bytes are recovered exactly). Checked for
 * every header, read or not, so no handler ever sees text that would turn into U+FFFD. `rawHeaders` is
 * Node's flat [name, value, name, value, …] list; cost is one regular-expression test per header.
 */
export function headerProblem(rawHeaders: readonly string[]): Problem | null {
  for (let i = 1; i < rawHeaders.length; i += 2) {
    const value = rawHeaders[i];
    if (NOT_PLAIN_ASCII.test(value) && !isUtf8(Buffer.from(value, 'latin1'))) {
      const name = rawHeaders[i - 1];
      return { field: name, message: `the ${name} header is not valid UTF-8` };
    }
  }
  return null;
}
