import { DomainError, Problem } from '../errors/domain-error';

/**
 * What the database can store of an accepted step (its read model, audit payload digest and outbox
 * events), checked before the step is accepted so a write behind the reply cannot be refused later:
 * PostgreSQL refuses U+0000 in text and jsonb, a lone UTF-16 surrogate in jsonb, a timestamptz after
 * the year 9999 as JavaScript writes it (`+010000-…`), and JSON nested deeper than its stack allows.
 * The size bound keeps one command (and the case file it joins, and the history that carries both)
 * reasonable.
 */
export const STORABLE_LIMITS = {
  /** Levels of nesting of objects and arrays in one command. */
  maxDepth: 32,
  /** UTF-16 code units of one command as JSON (~256 KiB of ASCII). */
  maxJsonLength: 256 * 1024,
} as const;

/** The last instant stored and read back unchanged: 9999-12-31T23:59:59.999Z. */
export const LATEST_STORABLE_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000), which cannot be stored; remove it';
  if (LONE_SURROGATE.test(text)) {
    return 'contains an invalid character (a lone UTF-16 surrogate), which cannot be stored; re-enter the text';
  }
  return null;
}

function fieldOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

function walk(value: unknown, field: string, depth: number, problems: Problem[]): void {
  const at = field === '' ? '(body)' : field;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) problems.push({ field: at, message: problem });
  } else if (typeof value === 'number' && !Number.isFinite(value)) {
    problems.push({ field: at, message: 'must be a finite number' });
  } else if (typeof value === 'object' && value !== null) {
    if (depth >= STORABLE_LIMITS.maxDepth) {
      problems.push({ field: at, message: `is nested more than ${STORABLE_LIMITS.maxDepth} levels deep` });
      return;
    }
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, item] of entries) {
      if (typeof key === 'string' && textProblem(key)) {
        problems.push({ field: fieldOf(field, key), message: `the name of this field ${textProblem(key)!}` });
      }
      walk(item, fieldOf(field, key), depth + 1, problems);
    }
  }
}

/** Every part of a command the database could not store, by field (`content.summary`, `findings[2]`). */
export function storableProblems(command: unknown): Problem[] {
  const problems: Problem[] = [];
  walk(command, '', 0, problems);
  if (problems.length > 0) return problems;
  const length = JSON.stringify(command ?? null).length;
  if (length > STORABLE_LIMITS.maxJsonLength) {
    const kib = Math.round(STORABLE_LIMITS.maxJsonLength / 1024);
    return [{ field: '(body)', message: `is ${Math.ceil(length / 1024)} KiB as JSON; at most ${kib} KiB` }];
  }
  return problems;
}

/** Throws VALIDATION_FAILED listing every part of the command the database could not store. */
export function assertStorable(command: unknown): void {
  const problems = storableProblems(command);
  if (problems.length > 0) throw DomainError.validation(problems);
}

/** A problem with an instant the database could not store (after 9999), or null. */
export function instantProblem(field: string, instant: number): Problem | null {
  return instant > LATEST_STORABLE_INSTANT
    ? { field, message: 'must be before the year 10000 (9999-12-31T23:59:59.999Z at the latest)' }
    : null;
}
