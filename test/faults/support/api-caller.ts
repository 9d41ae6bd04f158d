/** One answer of the API, with how long it took. */
export interface Answer {
  status: number;
  /** The error body's code (503: TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE, TRY_AGAIN). */
  code?: string;
  message?: string;
  ms: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** No call may hang the tier: a request still unanswered after this long fails the test. */
const GIVE_UP_MS = 60_000;

/** Calls the API over HTTP as any client would, timing each answer. */
export class ApiCaller {
  constructor(private readonly baseUrl: () => string) {}

  async call(
    method: 'GET' | 'POST',
    path: string,
    { token, body, headers = {} }: CallOptions = {},
  ): Promise<Answer> {
    const started = Date.now();
    const response = await fetch(`${this.baseUrl()}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(GIVE_UP_MS),
    });
    const text = await response.text();
    const parsed = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    return {
      status: response.status,
      code: typeof parsed.code === 'string' ? parsed.code : undefined,
      message: typeof parsed.message === 'string' ? parsed.message : undefined,
      ms: Date.now() - started,
      headers: response.headers,
      body: parsed,
    };
  }

  /** The access token of a demo user. */
  async login(username: string): Promise<string> {
    const answer = await this.call('POST', '/auth/login', {
      body: { username, password: 'chuangjian-demo' },
    });
    if (answer.status !== 200) throw new Error(`login ${username}: ${answer.status} ${answer.message}`);
    return answer.body.accessToken as string;
  }
}
