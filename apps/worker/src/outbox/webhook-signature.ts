import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a receiver may trust a signed timestamp from its own clock before calling it a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** `sha256=<hex HMAC-SHA256 of "${timestamp}.${body}">`, the X-Chuangjian-Signature header. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does: recompute the signature over the raw body and compare in constant time, and
 * refuse a timestamp too far from now (a replayed request).
 */
export function verifyWebhookSignature(
  secret: string,
  request: { timestamp: string; body: string; signature: string },
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  const sentAt = Number(request.timestamp);
  if (!Number.isInteger(sentAt) || Math.abs(nowSeconds - sentAt) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signWebhook(secret, request.timestamp, request.body));
  const given = Buffer.from(request.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
