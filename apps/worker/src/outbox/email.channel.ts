import { createHash } from 'node:crypto';
import { createTransport, Transporter } from 'nodemailer';
import { DeliveryChannel } from '@app/persistence';
import { DeliveryChannelAdapter, describeFailure } from './delivery-channel';
import type { ClaimedDelivery } from '@app/persistence';
import type { DeliveryOutcome } from './retry-backoff';

export interface EmailSettings {
  smtpUrl: string;
  from: string;
  timeoutMs: number;
}

/** An e-mail copy of a notification over SMTP (SMTP_URL); the target is the recipient's address. */
export class EmailChannel implements DeliveryChannelAdapter {
  readonly channel = DeliveryChannel.EMAIL;
  private readonly transport: Transporter;

  constructor(private readonly settings: EmailSettings) {
    const { smtpUrl, timeoutMs } = settings;
    this.transport = createTransport({
      url: smtpUrl,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
      dnsTimeout: timeoutMs,
    });
  }

  deliver(batch: ClaimedDelivery[]): Promise<DeliveryOutcome[]> {
    return Promise.all(batch.map((delivery) => this.send(delivery)));
  }

  close(): Promise<void> {
    this.transport.close();
    return Promise.resolve();
  }

  private async send(delivery: ClaimedDelivery): Promise<DeliveryOutcome> {
    const { title, body, url } = delivery.payload as { title?: unknown; body?: unknown; url?: unknown };
    // The same Message-ID on every retry, so a mail client shows a resent copy once.
    const digest = createHash('sha256').update(`${delivery.key}\n${delivery.target}`).digest('hex');
    try {
      await this.transport.sendMail({
        from: this.settings.from,
        to: delivery.target,
        subject: typeof title === 'string' ? title : delivery.type,
        text:
          typeof body === 'string'
            ? `${body}${typeof url === 'string' ? `\n\n查看：${url}` : ''}`
            : JSON.stringify(delivery.payload, null, 2),
        messageId: `<${digest.slice(0, 32)}@chuangjian>`,
        headers: { 'X-Chuangjian-Delivery': delivery.key, 'X-Chuangjian-Event': delivery.type },
      });
      return { ok: true };
    } catch (error) {
      return { ok: false, error: describeFailure(error) };
    }
  }
}
