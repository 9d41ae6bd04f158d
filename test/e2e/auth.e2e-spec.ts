import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { hash } from 'bcryptjs';
import { UserRole } from '@app/persistence';
import { AccountStatusService } from '../../apps/api/src/auth/account-status.service';
import { createTestApp, TEST_PASSWORD, TestApp, TestUser } from '../support/test-app';

describe('POST /auth/login', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('should return a bearer token and the user when the password is right', async () => {
    const user = await t.user(UserRole.ORGANIZER);
    expect(user.token.split('.')).toHaveLength(3);
  });

  it('should answer 401 without saying which part was wrong when the password is wrong', async () => {
    const user = await t.user(UserRole.OBSERVER);
    const response = await t
      .http()
      .post('/auth/login')
      .send({ username: user.username, password: 'nope' })
      .expect(401);
    expect(response.body).toEqual({
      statusCode: 401,
      code: 'UNAUTHENTICATED',
      message: 'Wrong username or password',
      details: { reason: 'WRONG_CREDENTIALS' },
    });
    const unknown = await t
      .http()
      .post('/auth/login')
      .send({ username: 'nobody-here', password: 'nope' })
      .expect(401);
    expect(unknown.body.message).toBe('Wrong username or password');
  });

  it('should answer 400 listing each missing field', async () => {
    const response = await t.http().post('/auth/login').send({}).expect(400);
    expect(response.body.code).toBe('INVALID_REQUEST');
    expect(response.body.details.problems.map((problem: { field: string }) => problem.field)).toEqual(
      expect.arrayContaining(['username', 'password']),
    );
  });

  it('should refuse a protected route with 401 when there is no token or a forged one', async () => {
    const none = await t.http().get('/campaigns/x/cases').expect(401);
    expect(none.body.message).toContain('Log in first');
    const forged = await t.http().get('/campaigns/x/cases').set('Authorization', 'Bearer a.b.c').expect(401);
    expect(forged.body.message).toBe('The token is invalid or expired; log in again');
  });
});

describe('tokens stand for their account as it is now', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.user(UserRole.ADMIN);
  });
  afterAll(async () => {
    await t.close();
  });
  const me = (token: string) => t.http().get('/me').set('Authorization', `Bearer ${token}`);

  it('should refuse a well-signed token whose account does not exist', async () => {
    const token = await t.app.get(JwtService).signAsync({
      sub: randomUUID(),
      role: 'ADMIN',
      name: '幽灵',
      scope: null,
      scopePath: null,
      ver: 0,
    });
    const response = await me(token).expect(401);
    expect(response.body).toEqual({
      statusCode: 401,
      code: 'UNAUTHENTICATED',
      message: 'The account this token was issued for no longer exists',
      details: {},
    });
  });

  it('should refuse a token once its account was deleted in the database and the cache forgot it', async () => {
    const user = await t.user(UserRole.OBSERVER);
    await me(user.token).expect(200);
    // TypeORM answers a DELETE … RETURNING as [rows, affected].
    const [[row]] = await t.harness.dataSource.query<[{ id: string }[], number]>(
      'DELETE FROM app_user WHERE username = $1 RETURNING id',
      [user.username],
    );
    t.app.get(AccountStatusService).forget(row.id);
    await me(user.token).expect(401);
  });

  it('should verify an older bcrypt hash and store argon2id instead after the login', async () => {
    const username = `bcrypt-${randomUUID().slice(0, 8)}`;
    await t.harness.dataSource.query(
      `INSERT INTO app_user (username, display_name, password_hash, role) VALUES ($1, $1, $2, 'ADMIN')`,
      [username, await hash('chuangjian-demo', 4)],
    );
    const login = await t
      .http()
      .post('/auth/login')
      .send({ username, password: 'chuangjian-demo' })
      .expect(200);
    await me(login.body.accessToken as string).expect(200);
    const [row] = await t.harness.dataSource.query<{ password_hash: string }[]>(
      'SELECT password_hash FROM app_user WHERE username = $1',
      [username],
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await t.http().post('/auth/login').send({ username, password: 'chuangjian-demo' }).expect(200);
  });

  it('should answer who am I for an ADMIN without a scope', async () => {
    const response = await me(admin.token).expect(200);
    expect(response.body).toMatchObject({
      username: admin.username,
      role: 'ADMIN',
      scope: null,
      scopePath: [],
      scopePathText: '',
    });
  });
});

describe('login rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  const attempt = (username: string, password: string) =>
    t.http().post('/auth/login').send({ username, password });

  it('should answer 429 with Retry-After after 5 failures for a username, the right password included', async () => {
    const user = await t.user(UserRole.OBSERVER);
    for (let i = 0; i < 5; i += 1) await attempt(user.username, `wrong-${i}`).expect(401);
    const limited = await attempt(user.username, TEST_PASSWORD).expect(429);
    expect(limited.body).toMatchObject({
      statusCode: 429,
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Too many failed logins for this username; try again in 15 minute(s)',
      details: { limitedBy: 'USER' },
    });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(limited.body.details.retryAfterSeconds).toBe(retryAfter);
    const other = await t.user(UserRole.OBSERVER);
    expect(other.token).toBeTruthy();
  });

  it('should answer 429 for the address after 30 failures whatever the usernames', async () => {
    for (let i = 0; i < 25; i += 1) await attempt(`nobody-${i}`, 'wrong').expect(401);
    const limited = await attempt('nobody-else', 'wrong').expect(429);
    expect(limited.body).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Too many failed logins from your address; try again in 15 minute(s)',
      details: { limitedBy: 'ADDRESS' },
    });
  });
});
