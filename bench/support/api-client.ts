/** An unexpected answer from the API, with enough of the body to see why. */
export class ApiCallError extends Error {
  constructor(method: string, path: string, status: number, body: string) {
    super(`${method} ${path} answered ${status}: ${body.slice(0, 500)}`);
  }
}

const TIMEOUT_MS = 120_000;

/** A real HTTP client (Node's fetch, keep-alive) against the API on a loopback port. */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async login(username: string, password: string): Promise<string> {
    const body = await this.call<{ accessToken: string }>('POST', '/auth/login', undefined, {
      username,
      password,
    });
    return body.accessToken;
  }

  get<T>(path: string, token: string): Promise<T> {
    return this.call<T>('GET', path, token);
  }

  post<T>(path: string, token: string, body: unknown, extraHeaders: Record<string, string> = {}): Promise<T> {
    return this.call<T>('POST', path, token, body, extraHeaders);
  }

  private async call<T>(
    method: string,
    path: string,
    token?: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    if (response.status < 200 || response.status > 299) {
      throw new ApiCallError(method, path, response.status, text);
    }
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }
}
