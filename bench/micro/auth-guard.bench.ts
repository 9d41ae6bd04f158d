import 'reflect-metadata';
import { createSecretKey } from 'node:crypto';
import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { loadConfig } from '@app/config';
import { CampaignRepository, UserRepository, UserRole } from '@app/persistence';
import { AccountStatusService } from '../../apps/api/src/auth/account-status.service';
import { AuthGuard } from '../../apps/api/src/auth/auth.guard';
import { CampaignScope } from '../../apps/api/src/auth/campaign-scope.service';
import { CampaignScoped } from '../../apps/api/src/auth/campaign-scoped.decorator';
import { ROLES, Roles } from '../../apps/api/src/auth/roles.decorator';
import { percentile } from '../support/figures';

// What the AuthGuard now adds to every action — the account's token version and the campaign-level
// scope, both from a warm cache — against the guard as it was (token and roles only), on the same
// handler an inspector's check goes through. In process, no HTTP, no database (a warm cache reads none).
// Run: node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/micro/auth-guard.bench.ts

const USER_ID = '6f1c2a9e-3b7d-4c8e-9f0a-1b2c3d4e5f60';

class CheckRoute {
  @Roles(UserRole.INSPECTOR)
  @CampaignScoped('PART')
  submitCheck(): void {}
}

/** Answer the two lookups a cold cache makes; a warm one makes none. */
const users = {
  tokenState: () => Promise.resolve({ tokenVersion: 0, active: true }),
} as unknown as UserRepository;
const campaigns = {
  whereabouts: () => Promise.resolve({ status: 'LAUNCHED', organizerPath: '/p/d/', scopePath: '/p/d/' }),
} as unknown as CampaignRepository;

function contextFor(token: string): ExecutionContext {
  const request = { headers: { authorization: `Bearer ${token}` }, params: { campaignId: 'bench-2026' } };
  return {
    getHandler: () => CheckRoute.prototype.submitCheck,
    getClass: () => CheckRoute,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

/** The guard before accounts were checked: verify the token, check the role. */
async function previousGuard(
  jwt: JwtService,
  reflector: Reflector,
  context: ExecutionContext,
): Promise<boolean> {
  const request = context.switchToHttp().getRequest<{ headers: { authorization: string } }>();
  const claims = await jwt.verifyAsync<{ role: UserRole }>(request.headers.authorization.slice(7));
  const roles = reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, [
    context.getHandler(),
    context.getClass(),
  ]);
  return roles === undefined || roles.includes(claims.role);
}

async function timed(rounds: number, run: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const started = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - started) / 1000);
  }
  return samples;
}

async function main(): Promise<void> {
  const config = { ...loadConfig({}), ACCESS_CACHE_MS: 60_000 };
  const jwt = new JwtService({ secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')) });
  const reflector = new Reflector();
  const guard = new AuthGuard(
    jwt,
    reflector,
    new AccountStatusService(users, config),
    new CampaignScope(campaigns, config),
  );
  const token = await jwt.signAsync(
    {
      sub: USER_ID,
      role: UserRole.INSPECTOR,
      name: '检查员',
      scope: 'hpjd',
      scopePath: '/p/d/hpjd/',
      ver: 0,
    },
    { expiresIn: 3600 },
  );
  const context = contextFor(token);
  const rounds = 20_000;
  // Warm up both (JIT, and the caches the new guard reads).
  await timed(2_000, () => guard.canActivate(context));
  await timed(2_000, () => previousGuard(jwt, reflector, context));
  const before: number[] = [];
  const after: number[] = [];
  // Interleaved in blocks so drift on a shared machine hits both alike.
  for (let block = 0; block < 10; block += 1) {
    before.push(...(await timed(rounds / 10, () => previousGuard(jwt, reflector, context))));
    after.push(...(await timed(rounds / 10, () => guard.canActivate(context))));
  }
  const p50Before = percentile(before, 0.5);
  const p50After = percentile(after, 0.5);
  process.stdout.write(
    [
      `auth_guard_previous_p50: ${p50Before.toFixed(1)} us`,
      `auth_guard_now_p50: ${p50After.toFixed(1)} us`,
      `auth_guard_added_p50: ${(p50After - p50Before).toFixed(1)} us`,
      `auth_guard_previous_p99: ${percentile(before, 0.99).toFixed(1)} us`,
      `auth_guard_now_p99: ${percentile(after, 0.99).toFixed(1)} us`,
    ].join('\n') + '\n',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
