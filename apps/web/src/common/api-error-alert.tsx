import { Alert } from 'antd';
import { isApiError } from '../api/api-error';
import { errorText, problemText } from '../api/error-text';

/**
 * What went wrong with a call, in Chinese: 409 says what is possible now, 503 and offline say to try
 * again (what was typed stays), a 500 shows its correlation id. Problems of fields not on the form are
 * listed here; those on the form appear beside their field (see form-problems.ts).
 */
export function ApiErrorAlert({ error, shownFields = [] }: { error: unknown; shownFields?: string[] }) {
  if (!error) return null;
  if (!isApiError(error)) {
    return (
      <Alert type="error" showIcon role="alert" title="操作未成功，请重试。" style={{ marginBottom: 16 }} />
    );
  }
  const others = error.problems.filter(
    (problem) => !shownFields.some((field) => problem.field.startsWith(field)),
  );
  return (
    <Alert
      type={error.isRetryable ? 'warning' : 'error'}
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={errorText(error)}
      description={
        others.length > 0 || (error.status >= 500 && error.correlationId) ? (
          <>
            {others.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {others.map((problem) => (
                  <li key={`${problem.field}:${problem.message}`}>
                    {problem.field}：{problemText(problem)}
                  </li>
                ))}
              </ul>
            )}
            {error.status >= 500 && error.correlationId && (
              <span>
                关联编号：<code style={{ userSelect: 'all' }}>{error.correlationId}</code>
              </span>
            )}
          </>
        ) : undefined
      }
    />
  );
}
