import type { ExecutionContext } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Reflector } from '@nestjs/core';
import { DomainErrorCode } from '@app/domain';
import type { AccountStatusService } from './account-status.service';
import type { CampaignScope } from './campaign-scope.service';
import { mockOf } from '../testing/mock-of';
import { AuthGuard } from './auth.guard';

const SECRET = 'a-secret-long-enough-for-hs256-in-this-spec';

function contextWith(token: string): ExecutionContext {
  const request = { headers: { authorization: `Bearer ${token}` } };
  return {
    getHandler: () => undefined,
    getClass: () => undefined,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe(AuthGuard.name, () => {
  const jwt = new JwtService({ secret: SECRET });
  let verify: jest.SpyInstance;
  let accounts: ReturnType<typeof mockOf<AccountStatusService>>;
  let guard: AuthGuard;
  const claims = { sub: 'u-1', role: 'ORGANIZER', name: '张三', scope: 'd-1', scopePath: '/d-1/', ver: 2 };

  beforeEach(() => {
    verify = jest.spyOn(jwt, 'verifyAsync');
    accounts = mockOf<AccountStatusService>('assertCurrent');
    accounts.assertCurrent.mockResolvedValue(undefined);
    const reflector = { getAllAndOverride: jest.fn(() => undefined) } as unknown as Reflector;
    guard = new AuthGuard(jwt, reflector, accounts, mockOf<CampaignScope>('require'));
  });

  afterEach(() => verify.mockRestore());

  it("should check a token's signature once, and the account's standing on every request", async () => {
    const token = await jwt.signAsync(claims, { expiresIn: '1h' });
    await guard.canActivate(contextWith(token));
    await guard.canActivate(contextWith(token));
    expect(verify).toHaveBeenCalledTimes(1);
    expect(accounts.assertCurrent).toHaveBeenCalledTimes(2);
    expect(accounts.assertCurrent).toHaveBeenLastCalledWith('u-1', 2);
  });

  it('should refuse a token verified earlier once it has expired', async () => {
    const now = Date.now();
    const token = await jwt.signAsync(claims, { expiresIn: 30 });
    await guard.canActivate(contextWith(token));
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 31_000);
    try {
      await expect(guard.canActivate(contextWith(token))).rejects.toMatchObject({
        code: DomainErrorCode.UNAUTHENTICATED,
      });
    } finally {
      clock.mockRestore();
    }
  });

  it('should refuse a token whose signature differs from one verified earlier', async () => {
    const token = await jwt.signAsync(claims, { expiresIn: '1h' });
    await guard.canActivate(contextWith(token));
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(guard.canActivate(contextWith(forged))).rejects.toMatchObject({
      code: DomainErrorCode.UNAUTHENTICATED,
    });
  });
});
