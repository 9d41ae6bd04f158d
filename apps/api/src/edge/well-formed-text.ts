// A high surrogate not followed by a low one, or a low one not preceded by a high one (code units, no `u` flag).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a piece of text cannot be taken as sent, or null when it can: a NUL character (PostgreSQL refuses
 * 0x00 in text) or a lone UTF-16 surrogate (not a character; stored, it would come back as U+FFFD).
 * Linear in the text's length.
 */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (\\u0000); remove it';
  if (LONE_SURROGATE.test(text))
    return 'contains a lone UTF-16 surrogate, which is not a character; send valid Unicode';
  return null;
}
