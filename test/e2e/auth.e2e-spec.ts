import { UserRole } from '@app/persistence';
import { createTestApp, TestApp } from '../support/test-app';

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
      details: {},
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
