import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** One event as the receiver shows it: the first copy of each X-Chuangjian-Delivery. */
export interface ShownEvent {
  key: string;
  type: string;
  body: { id: string; type: string; occurredAt: string; data: Record<string, unknown> };
}

/**
 * A real integrator on 127.0.0.1 (random port): verifies every request's HMAC signature the way the
 * README tells receivers to, answers 503 while "down", and shows each delivery key once however often
 * it arrives (at-least-once delivery, deduplicated by the receiver).
 */
export class WebhookReceiver {
  secret = '';
  down = false;
  /** Keys whose next request is processed but answered 500, as if the answer were lost on the way. */
  readonly loseAnswerFor = new Set<string>();
  readonly shown = new Map<string, ShownEvent>();
  readonly counts = { requests: 0, refusedWhileDown: 0, badSignatures: 0, duplicates: 0 };
  private server?: Server;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/chuangjian`;
  }

  /** Listens (again on the same port after stop, so the subscription's URL stays valid). */
  async start(): Promise<void> {
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening: connections are refused until start() again. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    this.counts.requests += 1;
    if (this.down) {
      this.counts.refusedWhileDown += 1;
      return void response.writeHead(503).end();
    }
    if (!this.verified(request, raw)) {
      this.counts.badSignatures += 1;
      return void response.writeHead(401).end();
    }
    const key = String(request.headers['x-chuangjian-delivery']);
    if (this.shown.has(key)) this.counts.duplicates += 1;
    else
      this.shown.set(key, {
        key,
        type: String(request.headers['x-chuangjian-event']),
        body: JSON.parse(raw),
      });
    if (this.loseAnswerFor.delete(key)) return void response.writeHead(500).end();
    response.writeHead(204).end();
  }

  private verified(request: IncomingMessage, raw: string): boolean {
    const timestamp = String(request.headers['x-chuangjian-timestamp']);
    const signature = Buffer.from(String(request.headers['x-chuangjian-signature']));
    const expected = Buffer.from(
      `sha256=${createHmac('sha256', this.secret).update(`${timestamp}.${raw}`).digest('hex')}`,
    );
    const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) <= 300;
    return fresh && signature.length === expected.length && timingSafeEqual(signature, expected);
  }
}
