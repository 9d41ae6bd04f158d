import { LoginRateLimiter } from './login-rate-limiter';

describe(LoginRateLimiter.name, () => {
  let now = 0;
  const limiter = () =>
    new LoginRateLimiter({ maxFailuresPerUser: 3, maxFailuresPerAddress: 5, windowMs: 60_000 }, () => now);
  beforeEach(() => {
    now = 0;
  });

  it('should refuse a username after its limit of failures until the window ends', () => {
    const limits = limiter();
    for (let i = 0; i < 3; i += 1) {
      expect(limits.check('organizer', '10.0.0.1')).toBeNull();
      limits.failed('organizer', `10.0.0.${i}`);
    }
    now = 15_000;
    expect(limits.check('Organizer', '10.0.0.9')).toEqual({ by: 'USER', retryAfterSeconds: 45 });
    expect(limits.check('clerk', '10.0.0.9')).toBeNull();
    now = 60_000;
    expect(limits.check('organizer', '10.0.0.9')).toBeNull();
  });

  it('should refuse an address after its limit of failures, whatever the usernames', () => {
    const limits = limiter();
    for (let i = 0; i < 5; i += 1) limits.failed(`user-${i}`, '10.0.0.1');
    expect(limits.check('someone-else', '10.0.0.1')).toEqual({ by: 'ADDRESS', retryAfterSeconds: 60 });
    expect(limits.check('someone-else', '10.0.0.2')).toBeNull();
  });

  it('should clear a username on success, and never count successes', () => {
    const limits = limiter();
    limits.failed('organizer', '10.0.0.1');
    limits.failed('organizer', '10.0.0.1');
    limits.succeeded('organizer');
    limits.failed('organizer', '10.0.0.1');
    limits.failed('organizer', '10.0.0.1');
    expect(limits.check('organizer', '10.0.0.3')).toBeNull();
  });
});
