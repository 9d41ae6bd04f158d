import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { AddressPolicy, hostOf, literalRefusal, Lookup } from '@app/net';

/** One POST's outcome: the status, or the error that stopped it (refused, timed out, connection). */
export type PostResult = { status: number } | { error: Error };

/** The request could not be completed within the timeout. */
export class PostTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * POSTs a body over HTTP(S) only to addresses the policy allows, checked when the socket connects: an
 * IP literal before the request, a name by the agents' pinned `lookup` (so the socket goes to the
 * address that was checked, whatever the name resolves to a moment later). Follows no redirects.
 * Keep-alive agents reuse connections to the same host; `close()` ends them.
 */
export class GuardedPoster {
  private readonly http: HttpAgent;
  private readonly https: HttpsAgent;

  constructor(
    private readonly policy: AddressPolicy,
    lookup: Lookup,
    private readonly timeoutMs: number,
  ) {
    this.http = new HttpAgent({ keepAlive: true, lookup });
    this.https = new HttpsAgent({ keepAlive: true, lookup });
  }

  post(url: string, body: string, headers: Record<string, string>): Promise<PostResult> {
    const target = new URL(url);
    // Sockets to an IP literal do not call lookup: the literal is checked here.
    const refusal = literalRefusal(hostOf(target), this.policy);
    return refusal ? Promise.resolve({ error: refusal }) : this.send(target, body, headers);
  }

  close(): void {
    this.http.destroy();
    this.https.destroy();
  }

  private send(target: URL, body: string, headers: Record<string, string>): Promise<PostResult> {
    const secure = target.protocol === 'https:';
    return new Promise((resolve) => {
      const request = (secure ? httpsRequest : httpRequest)(target, {
        method: 'POST',
        agent: secure ? this.https : this.http,
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      });
      const finish = (result: PostResult): void => {
        clearTimeout(timer);
        resolve(result);
      };
      const timer = setTimeout(() => {
        request.destroy();
        finish({ error: new PostTimeoutError(this.timeoutMs) });
      }, this.timeoutMs);
      request.on('response', (response) => {
        // The status is all we need; the body is drained so the connection can be reused.
        response.resume();
        response.on('end', () => finish({ status: response.statusCode ?? 0 }));
        response.on('error', (error) => finish({ error }));
      });
      request.on('error', (error) => finish({ error }));
      request.end(body);
    });
  }
}
