import {
  admin,
  auditActions,
  bearer,
  chainHead,
  clerk,
  GOOD,
  login,
  organizer,
  t,
  useUsersWorld,
} from '../support/users-world';

// Tree ux and the helpers are in test/support/users-world.ts; the other groups in users-*.e2e-spec.ts.
// Here: changes to an account (each refuses its tokens and is audited), one's own password.
describe('/users and /me: accounts managed through the API', () => {
  useUsersWorld('u');

  describe("changes refuse the account's tokens at once, and each is audited", () => {
    it('should refuse the old token after a change of scope, and log in afresh with the new one', async () => {
      const before = await chainHead();
      const user = await clerk('ux-01');
      await t.http().get('/me').set(bearer(user.token)).expect(200);
      const changed = await t.as(organizer).patch(`/users/${user.id}`, { scopeId: 'ux-02' }).expect(200);
      expect(changed.body.scope).toMatchObject({ id: 'ux-02' });
      const refused = await t.http().get('/me').set(bearer(user.token)).expect(401);
      expect(refused.body.message).toBe(
        'This account changed (role, scope, password or status) since you logged in; log in again',
      );
      const fresh = (await login(user.username, GOOD).expect(200)).body.accessToken as string;
      expect((await t.http().get('/me').set(bearer(fresh)).expect(200)).body.scope.id).toBe('ux-02');
      expect(await auditActions(`ORGANIZER ${organizer.username}`, before)).toEqual([
        'CREATE_USER',
        'UPDATE_USER',
      ]);
    });

    it('should refuse the old token after a change of role; a name change alone keeps it', async () => {
      const user = await clerk('ux-01');
      await t.as(organizer).patch(`/users/${user.id}`, { displayName: '新名字' }).expect(200);
      await t.http().get('/me').set(bearer(user.token)).expect(200);
      await t.as(organizer).patch(`/users/${user.id}`, { role: 'OBSERVER' }).expect(200);
      await t.http().get('/me').set(bearer(user.token)).expect(401);
      const bad = await t.as(organizer).patch(`/users/${user.id}`, { scopeId: 'ux-street-b' }).expect(422);
      expect(bad.body.details.problems[0].field).toBe('scopeId');
    });

    it('should disable with a reason (no token, no login), and enable again', async () => {
      const before = await chainHead();
      const user = await clerk('ux-03');
      const disabled = await t
        .as(organizer)
        .post(`/users/${user.id}/disable`, { reason: '调离岗位' })
        .expect(200);
      expect(disabled.body).toMatchObject({ status: 'DISABLED', disabledReason: '调离岗位' });
      const refused = await t.http().get(`/me`).set(bearer(user.token)).expect(401);
      expect(refused.body.message).toBe('This account has been disabled; ask whoever manages your account');
      const noLogin = await login(user.username, GOOD).expect(401);
      expect(noLogin.body.message).toBe('This account has been disabled; ask whoever manages your account');
      await t.as(organizer).post(`/users/${user.id}/disable`, {}).expect(400);
      await t.as(organizer).post(`/users/${user.id}/enable`).expect(200);
      await t.http().get('/me').set(bearer(user.token)).expect(401);
      const fresh = (await login(user.username, GOOD).expect(200)).body.accessToken as string;
      await t.http().get('/me').set(bearer(fresh)).expect(200);
      expect(await auditActions(`ORGANIZER ${organizer.username}`, before)).toEqual([
        'CREATE_USER',
        'DISABLE_USER',
        'ENABLE_USER',
      ]);
    });

    it('should refuse to let a manager disable itself or change its own role', async () => {
      const [me] = await t.harness.dataSource.query<{ id: string }[]>(
        'SELECT id FROM app_user WHERE username = $1',
        [organizer.username],
      );
      const response = await t.as(organizer).post(`/users/${me.id}/disable`, { reason: '测试' }).expect(403);
      expect(response.body.message).toBe('You cannot disable your own account; ask another manager');
      await t.as(organizer).patch(`/users/${me.id}`, { role: 'OBSERVER' }).expect(403);
    });

    it('should reset a password (old token refused, policy enforced, generated when none given)', async () => {
      const user = await clerk('ux-02');
      const weak = await t
        .as(organizer)
        .post(`/users/${user.id}/password`, { password: 'abcdefghijk' })
        .expect(422);
      expect(weak.body.details.problems).toEqual([
        { field: 'password', message: 'must mix at least two of letters, digits and other characters' },
      ]);
      await t.as(organizer).post(`/users/${user.id}/password`, { password: 'Another-pass-1' }).expect(200);
      await t.http().get('/me').set(bearer(user.token)).expect(401);
      await login(user.username, GOOD).expect(401);
      await login(user.username, 'Another-pass-1').expect(200);
      const generated = await t.as(organizer).post(`/users/${user.id}/password`).expect(200);
      await login(user.username, generated.body.generatedPassword as string).expect(200);
    });

    it("should change one's own password only with the current one, answering a new token", async () => {
      const user = await clerk('ux-02');
      const wrong = await t
        .http()
        .post('/me/password')
        .set(bearer(user.token))
        .send({ currentPassword: 'not-it-123', newPassword: 'Brand-new-2026' })
        .expect(422);
      expect(wrong.body.details.problems).toEqual([
        { field: 'currentPassword', message: 'is not your current password' },
      ]);
      const changed = await t
        .http()
        .post('/me/password')
        .set(bearer(user.token))
        .send({ currentPassword: GOOD, newPassword: 'Brand-new-2026' })
        .expect(200);
      await t.http().get('/me').set(bearer(user.token)).expect(401);
      await t
        .http()
        .get('/me')
        .set(bearer(changed.body.accessToken as string))
        .expect(200);
      await login(user.username, 'Brand-new-2026').expect(200);
    });

    it('should keep passwords and hashes out of the trail, and the _system chain whole', async () => {
      const rows = await t.harness.dataSource.query<Record<string, unknown>[]>(
        `SELECT * FROM audit_event WHERE campaign_id = '_system' AND action LIKE '%USER%' OR action LIKE '%PASSWORD%'`,
      );
      expect(rows.length).toBeGreaterThan(5);
      expect(JSON.stringify(rows)).not.toMatch(new RegExp(`${GOOD}|argon2|\\$2[aby]\\$`));
      const verified = await t.as(admin).post('/campaigns/_system/audit/verify').expect(200);
      expect(verified.body.ok).toBe(true);
      await t.as(organizer).get('/campaigns/_system/audit').expect(404);
    });
  });
});
