import { request } from 'node:http';

export interface RawResponse {
  status: number;
  body: unknown;
}

/**
 * One request sent byte for byte as given, to the app listening on 127.0.0.1:`port`. HTTP clients
 * "help": superagent serializes a Buffer as JSON when the type says JSON, and Node writes headers as
 * UTF-8 when the body is a string. Here headers go out as Latin-1 (one byte per character) and the
 * body as the bytes given.
 */
export function rawRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
  timeoutMs = 20_000,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, method: method.toUpperCase(), path, headers, timeout: timeoutMs },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // Not JSON (an export, or an HTML page): the text is the body.
          }
          resolve({ status: incoming.statusCode ?? 0, body: parsed });
        });
        incoming.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    if (body !== undefined) outgoing.setHeader('Content-Length', body.length);
    outgoing.end(body);
  });
}
