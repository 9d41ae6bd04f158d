import { Agent, request } from 'node:http';

/** An unexpected answer from the API, with enough of the body to see why. */
export class ApiCallError extends Error {
  constructor(method: string, path: string, status: number, body: string) {
    super(`${method} ${path} answered ${status}: ${body.slice(0, 500)}`);
  }
}

const TIMEOUT_MS = 120_000;

/**
 * A real HTTP/1.1 client over keep-alive connections to the API on a loopback port. It is Node's
 * `http` rather than `fetch`: on this 2-core machine fetch (undici) spends about 0.4 ms more of the
 * bench's own CPU per call (`node` on a one-route server: 0.38–0.60 ms a call against 0.04–0.10 ms),
 * which would be counted against the API it measures.
 */
export class ApiClient {
  private readonly url: URL;
  private readonly agent = new Agent({ keepAlive: true });

  constructor(readonly baseUrl: string) {
    this.url = new URL(baseUrl);
  }

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

  /** Closes the idle keep-alive connections, so the bench can exit. */
  close(): void {
    this.agent.destroy();
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
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    const { status, text } = await this.exchange(method, path, headers, payload);
    if (status < 200 || status > 299) throw new ApiCallError(method, path, status, text);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  private exchange(
    method: string,
    path: string,
    headers: Record<string, string>,
    payload: string | undefined,
  ): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const outgoing = request(
        {
          host: this.url.hostname,
          port: this.url.port,
          path,
          method,
          headers,
          agent: this.agent,
          timeout: TIMEOUT_MS,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
        },
      );
      outgoing.on('timeout', () =>
        outgoing.destroy(new Error(`${method} ${path}: no answer in ${TIMEOUT_MS} ms`)),
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  }
}
