import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const SECRET = 'whsec_test';
const BODY = '{"id":"case/c1/cm1#3#case.stage_changed","type":"case.stage_changed"}';

describe(signWebhook.name, () => {
  it('should be the hex HMAC-SHA256 of "timestamp.body" with the secret', () => {
    const expected = createHmac('sha256', SECRET).update(`1767225600.${BODY}`).digest('hex');
    expect(signWebhook(SECRET, '1767225600', BODY)).toBe(`sha256=${expected}`);
  });
});

describe(verifyWebhookSignature.name, () => {
  const now = 1_767_225_600;
  const signed = (timestamp: string, body = BODY) => ({
    timestamp,
    body,
    signature: signWebhook(SECRET, timestamp, body),
  });

  it('should accept a request signed with the secret when its timestamp is recent', () => {
    expect(verifyWebhookSignature(SECRET, signed(String(now - 10)), now)).toBe(true);
  });

  it('should refuse a request when the body was changed after signing', () => {
    expect(verifyWebhookSignature(SECRET, { ...signed(String(now)), body: `${BODY} ` }, now)).toBe(false);
  });

  it('should refuse a request when it was signed with another secret', () => {
    const forged = { ...signed(String(now)), signature: signWebhook('other', String(now), BODY) };
    expect(verifyWebhookSignature(SECRET, forged, now)).toBe(false);
  });

  it('should refuse a replay when the timestamp is more than five minutes away', () => {
    expect(verifyWebhookSignature(SECRET, signed(String(now - 301)), now)).toBe(false);
    expect(verifyWebhookSignature(SECRET, signed('not-a-number'), now)).toBe(false);
  });

  it('should refuse a malformed signature header without throwing', () => {
    expect(verifyWebhookSignature(SECRET, { ...signed(String(now)), signature: 'sha256=00' }, now)).toBe(
      false,
    );
  });
});
