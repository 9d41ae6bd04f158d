import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('should apply every default when the environment is empty', () => {
    const config = loadConfig({});
    expect(config.API_PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/chuangjian');
    expect(config.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
  });

  it('should list every bad key at once when several are wrong', () => {
    let error: unknown;
    try {
      loadConfig({ API_PORT: 'abc', DATABASE_URL: 'mysql://x', TEMPORAL_ADDRESS: 'nohost' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('API_PORT');
    expect(problems).toContain('DATABASE_URL: must be a postgres:// URL');
    expect(problems).toContain('TEMPORAL_ADDRESS: must be host:port');
  });

  it('should leave e-mail off when SMTP_URL is empty, and refuse a URL of another scheme', () => {
    expect(loadConfig({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }).SMTP_URL).toBe('smtp://127.0.0.1:2525');
    expect(() => loadConfig({ SMTP_URL: 'http://mail', OUTBOX_POLL_MS: '0' })).toThrow(
      /SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL[\s\S]*OUTBOX_POLL_MS/,
    );
  });

  it('should bound every wait on a dependency by default, and refuse a bound of zero', () => {
    expect(loadConfig({})).toMatchObject({
      TEMPORAL_TIMEOUT_MS: 5000,
      CAMPAIGN_OPERATION_TIMEOUT_MS: 120_000,
      READ_YOUR_WRITES_TIMEOUT_MS: 3000,
      HEALTH_TIMEOUT_MS: 2000,
      RETRY_AFTER_SECONDS: 5,
      DATABASE_CONNECT_TIMEOUT_MS: 3000,
      DATABASE_STATEMENT_TIMEOUT_MS: 30_000,
    });
    expect(() => loadConfig({ TEMPORAL_TIMEOUT_MS: '0', RETRY_AFTER_SECONDS: 'soon' })).toThrow(
      /TEMPORAL_TIMEOUT_MS[\s\S]*RETRY_AFTER_SECONDS/,
    );
  });

  it('should default TIME_ZONE to Asia/Shanghai and refuse what is not an IANA zone', () => {
    expect(loadConfig({}).TIME_ZONE).toBe('Asia/Shanghai');
    expect(loadConfig({ TIME_ZONE: 'Europe/Berlin' }).TIME_ZONE).toBe('Europe/Berlin');
    for (const bad of ['Beijing', 'CST', '+08:00', 'Asia/Nowhere', '']) {
      expect(() => loadConfig({ TIME_ZONE: bad })).toThrow(
        'TIME_ZONE: must be an IANA time zone, e.g. Asia/Shanghai',
      );
    }
  });

  it('should refuse the development JWT secret when running in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('JWT_SECRET: must be set in production');
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret' })).toThrow(
      'AUDIT_CHECKPOINT_KEY: must be set in production',
    );
    expect(() => loadConfig({ AUDIT_CHECKPOINT_KEY: 'short' })).toThrow(
      'AUDIT_CHECKPOINT_KEY: must be at least 32 characters',
    );
  });

  it('should read WEBHOOK_ALLOWED_NETWORKS as CIDR blocks, and name every entry that is not one', () => {
    expect(loadConfig({}).WEBHOOK_ALLOWED_NETWORKS).toEqual([]);
    expect(
      loadConfig({ WEBHOOK_ALLOWED_NETWORKS: ' 127.0.0.1, 10.20.0.0/16,fd00::/8 ,::1' })
        .WEBHOOK_ALLOWED_NETWORKS,
    ).toEqual(['127.0.0.1/32', '10.20.0.0/16', 'fd00::/8', '::1/128']);
    let error: unknown;
    try {
      loadConfig({ WEBHOOK_ALLOWED_NETWORKS: '10.0.0.0/33,localhost,2130706433,127.0.0.1' });
    } catch (caught) {
      error = caught;
    }
    expect((error as ConfigError).problems).toEqual([
      expect.stringContaining('WEBHOOK_ALLOWED_NETWORKS: "10.0.0.0/33" is not an IP address or a CIDR block'),
      expect.stringContaining('WEBHOOK_ALLOWED_NETWORKS: "localhost" is not an IP address or a CIDR block'),
      expect.stringContaining('WEBHOOK_ALLOWED_NETWORKS: "2130706433" is not an IP address or a CIDR block'),
    ]);
  });

  it('should read the retention settings with their defaults, and refuse an age of zero days', () => {
    expect(loadConfig({})).toMatchObject({
      OUTBOX_RETENTION_DAYS: 30,
      OUTBOX_RETENTION_INTERVAL_MS: 3_600_000,
      OUTBOX_RETENTION_BATCH_SIZE: 5_000,
      AUDIT_ANCHOR_INTERVAL_MS: 60_000,
      AUDIT_CHECKPOINT_PREVIOUS_KEYS: [],
    });
    expect(loadConfig({ AUDIT_CHECKPOINT_PREVIOUS_KEYS: 'a, b' }).AUDIT_CHECKPOINT_PREVIOUS_KEYS).toEqual([
      'a',
      'b',
    ]);
    expect(() => loadConfig({ OUTBOX_RETENTION_DAYS: '0' })).toThrow('OUTBOX_RETENTION_DAYS');
  });
});
