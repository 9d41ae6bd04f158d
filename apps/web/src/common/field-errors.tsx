import { isApiError } from '../api/api-error';
import { problemText } from '../api/error-text';
import './field-errors.css';

/** The API's problems by the field they name (`scores.A-01`, `vetoFlags[0]`), in Chinese. */
export type FieldProblems = Record<string, string[]>;

/**
 * The problems of a failed call that belong to this form's fields (those under one of `fields`), for a
 * form kept in plain state rather than antd's Form; the rest are for ApiErrorAlert to list.
 */
export function problemsByField(error: unknown, fields: string[]): FieldProblems {
  if (!isApiError(error)) return {};
  const byField: FieldProblems = {};
  for (const problem of error.problems) {
    const root = /^[^.[]+/.exec(problem.field)?.[0];
    if (root === undefined || !fields.includes(root)) continue;
    (byField[problem.field] ??= []).push(problemText(problem));
  }
  return byField;
}

/** A field's problems under it, announced when they appear; `id`-errors is what the input describes itself by. */
export function FieldErrors({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors || errors.length === 0) return null;
  return (
    <div id={`${id}-errors`} className="cj-field-errors" role="alert">
      {errors.map((error) => (
        <div key={error}>{error}</div>
      ))}
    </div>
  );
}
