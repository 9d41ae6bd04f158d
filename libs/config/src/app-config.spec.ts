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
  });
});
