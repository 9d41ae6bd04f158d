import { api } from '../api/client';
import { ApiError } from '../api/api-error';

/**
 * Saves one version's items as .xlsx (the columns the import reads). Fetched with the session's token
 * through the typed client, then handed to the browser as a file.
 */
export async function downloadStandard(code: string, version: number, title: string): Promise<void> {
  const { data, response } = await api.GET('/standards/{code}/versions/{version}/export', {
    params: { path: { code, version: String(version) }, query: { format: 'xlsx' } },
    parseAs: 'blob',
  });
  if (!response.ok || data === undefined) throw new ApiError(response.status, {});
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${code}-v${version} ${title}.xlsx`;
  link.click();
  URL.revokeObjectURL(url);
}
