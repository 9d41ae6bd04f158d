import type { FormInstance } from 'antd';
import { isApiError } from '../api/api-error';
import { problemText } from '../api/error-text';

/** A problem's field (`scores.A-01`, `schedule.awardAt`, `inspectors[0]`) as an antd form name path. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts each of the API's problems beside the form field it names (in Chinese); `rename` maps API fields
 * to form names where they differ. Returns the API field prefixes that were shown on the form.
 */
export function showProblems(
  form: FormInstance,
  error: unknown,
  rename: (field: string) => string | null = (field) => field,
): string[] {
  if (!isApiError(error)) return [];
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const shown: string[] = [];
  for (const problem of error.problems) {
    const target = rename(problem.field);
    if (target === null) continue;
    const name = fieldPath(target);
    if (!known.has(String(name[0]))) continue;
    const key = JSON.stringify(name);
    const entry = byName.get(key) ?? { name, errors: [] };
    entry.errors.push(problemText(problem));
    byName.set(key, entry);
    shown.push(problem.field);
  }
  form.setFields([...byName.values()]);
  return shown;
}
