import { Workbook } from 'exceljs';
import { TestUser } from '../support/test-app';
import {
  admin,
  auditActions,
  chainHead,
  GOOD,
  login,
  organizer,
  t,
  useUsersWorld,
  username,
} from '../support/users-world';

// Tree ux and the helpers are in test/support/users-world.ts; the other groups in users-*.e2e-spec.ts.
// Here: importing accounts from a spreadsheet.
describe('/users and /me: accounts managed through the API', () => {
  useUsersWorld('i');

  describe('POST /users/import', () => {
    const upload = (user: TestUser, body: Buffer | string, filename: string) =>
      t
        .http()
        .post('/users/import')
        .set('Authorization', `Bearer ${user.token}`)
        .attach('file', Buffer.from(body), filename);
    const count = async (prefix: string) =>
      Number(
        (
          await t.harness.dataSource.query<{ n: string }[]>(
            'SELECT count(*) AS n FROM app_user WHERE username LIKE $1',
            [`${prefix}%`],
          )
        )[0].n,
      );

    it("should import a street's accounts from CSV, generating the passwords left empty", async () => {
      const prefix = username('imp');
      const csv = [
        '用户名,姓名,角色,管辖范围,初始密码,邮箱',
        `${prefix}-c1,一社区,社区,ux-01,,`,
        `${prefix}-c2,二社区,COMMUNITY,ux-02,${GOOD},c2@example.gov.cn`,
        `${prefix}-i1,王检查员,检查员,ux-street-a,,`,
      ].join('\n');
      const before = await chainHead();
      const response = await upload(organizer, csv, 'users.csv').expect(201);
      expect(response.body).toMatchObject({ imported: 3, byRole: { COMMUNITY: 2, INSPECTOR: 1 } });
      expect(
        response.body.generatedPasswords.map((entry: { row: number; username: string }) => [
          entry.row,
          entry.username,
        ]),
      ).toEqual([
        [2, `${prefix}-c1`],
        [4, `${prefix}-i1`],
      ]);
      await login(`${prefix}-c1`, response.body.generatedPasswords[0].password as string).expect(200);
      await login(`${prefix}-c2`, GOOD).expect(200);
      expect(await auditActions(`ORGANIZER ${organizer.username}`, before)).toEqual(['IMPORT_USERS']);
    });

    it('should import from XLSX with English headers', async () => {
      const prefix = username('xl');
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('users');
      sheet.addRow(['username', 'display_name', 'role', 'scope_id', 'password']);
      sheet.addRow([`${prefix}-o`, '乙街道办', 'ORGANIZER', 'ux-street-b', GOOD]);
      const response = await upload(
        admin,
        Buffer.from(await workbook.xlsx.writeBuffer()),
        'users.xlsx',
      ).expect(201);
      expect(response.body).toMatchObject({ imported: 1, byRole: { ORGANIZER: 1 }, generatedPasswords: [] });
    });

    it('should answer 422 listing each bad cell, and write nothing, when one row is wrong', async () => {
      const prefix = username('bad');
      const csv = [
        '用户名,姓名,角色,管辖范围,初始密码',
        `${prefix}-1,甲,社区,ux-01,`,
        `${prefix}-2,乙,管理员,,`,
        `${prefix}-3,丙,社区,ux-street-b,`,
        `${prefix}-1,丁,检查员,ux-street-a,weak`,
      ].join('\n');
      const response = await upload(organizer, csv, 'users.csv').expect(422);
      expect(response.body.message).toBe(
        'The users file has 5 problem(s); nothing was imported. Fix each listed cell and upload it again.',
      );
      expect(response.body.details.rows).toEqual([
        { row: 3, column: '角色', cell: 'C3', problem: 'only an administrator may grant ADMIN' },
        {
          row: 4,
          column: '管辖范围',
          cell: 'D4',
          problem: 'expected a jurisdiction within your scope; ux-street-b is unknown or outside it',
        },
        { row: 5, column: '初始密码', cell: 'E5', problem: 'must be at least 10 characters; it has 4' },
        {
          row: 5,
          column: '初始密码',
          cell: 'E5',
          problem: 'must mix at least two of letters, digits and other characters',
        },
        { row: 5, column: '用户名', cell: 'A5', problem: `${prefix}-1 与第2行重复` },
      ]);
      expect(response.body.details.problems[0]).toEqual({
        field: '第3行 C列 (角色)',
        message: 'only an administrator may grant ADMIN',
      });
      expect(await count(prefix)).toBe(0);
    });

    it('should name a missing column on the header row', async () => {
      const response = await upload(organizer, '用户名,姓名\nx1,甲', 'users.csv').expect(422);
      expect(response.body.details.rows).toEqual([
        {
          row: 1,
          column: '角色',
          problem: '缺少该列；表头（第1行）须有 角色（或 role）',
        },
      ]);
    });
  });
});
