import { Workbook } from 'exceljs';
import { DEFAULT_TIME_ZONE, localDateOf } from '@app/domain';
import { UserRole } from '@app/persistence';
import { seedTree } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// Ids prefixed tt- so this file never collides with others sharing the run's database.
const HEADER = '社区编码,称号,年度,证书编号,有效期至,摘牌日期';
const EMPTY_TITLE = '为空；应填：不超过 100 个字的文字，如 平安社区';
const BAD_YEAR = '应填：1949 到 2100 之间的整数，如 2023，此处为 20x2';
const NO_SUCH_DAY =
  '2023-02-30 不是日历上存在的日期；应填：日期，如 2026-12-31、2026/12/31、2026年12月31日、2026.12.31、20261231 或日期单元格';

describe('/titles (registry, import, 摘牌)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let observer: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await seedTree(t.harness.dataSource, [
      ['tt', null, 'PROVINCE'],
      ['tt-s', 'tt', 'STREET'],
      ['tt-c1', 'tt-s', 'COMMUNITY', 'URBAN'],
      ['tt-c2', 'tt-s', 'COMMUNITY', 'URBAN'],
      ['tt-c3', 'tt-s', 'COMMUNITY', 'RURAL'],
      ['tt-s2', 'tt', 'STREET'],
      ['tt-x1', 'tt-s2', 'COMMUNITY', 'URBAN'],
    ]);
    [organizer, observer] = await Promise.all([
      t.user(UserRole.ORGANIZER, 'tt-s'),
      t.user(UserRole.OBSERVER, 'tt-s'),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = (user: TestUser, body: Buffer | string, filename: string) =>
    t
      .http()
      .post('/titles/import')
      .set('Authorization', `Bearer ${user.token}`)
      .attach('file', Buffer.from(body), filename);
  const titleCount = async (): Promise<number> => {
    const [row] = await t.harness.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM community_title WHERE community_id LIKE 'tt-%'`,
    );
    return Number(row.n);
  };

  it('should answer 422 listing every bad row and column, and write nothing, when a CSV has several bad rows', async () => {
    const csv = [
      HEADER,
      'tt-c1,平安社区,2021,TT-OK-1,2024-12-31,',
      'tt-x1,平安社区,2022,TT-2,,',
      'tt-c2,,20x2,TT-OK-1,2023-02-30,',
      'tt-c3,平安社区,2023,TT-4,,2022-05-01',
    ].join('\n');

    const response = await upload(organizer, csv, 'titles.csv').expect(422);

    expect(response.body).toEqual({
      statusCode: 422,
      code: 'VALIDATION_FAILED',
      message:
        'The titles file has 6 problem(s); nothing was imported. Fix each listed cell and upload it again.',
      details: {
        rows: [
          { row: 3, column: '社区编码', cell: 'A3', problem: '您的管辖范围内没有社区 tt-x1' },
          { row: 4, column: '称号', cell: 'B4', problem: EMPTY_TITLE },
          { row: 4, column: '年度', cell: 'C4', problem: BAD_YEAR },
          { row: 4, column: '有效期至', cell: 'E4', problem: NO_SUCH_DAY },
          { row: 4, column: '证书编号', cell: 'D4', problem: 'TT-OK-1 与第2行重复' },
          { row: 5, column: '摘牌日期', cell: 'F5', problem: '2022-05-01 早于称号的年度 2023' },
        ],
        problems: [
          { field: '第3行 A列 (社区编码)', message: '您的管辖范围内没有社区 tt-x1' },
          { field: '第4行 B列 (称号)', message: EMPTY_TITLE },
          { field: '第4行 C列 (年度)', message: BAD_YEAR },
          { field: '第4行 E列 (有效期至)', message: NO_SUCH_DAY },
          { field: '第4行 D列 (证书编号)', message: 'TT-OK-1 与第2行重复' },
          { field: '第5行 F列 (摘牌日期)', message: '2022-05-01 早于称号的年度 2023' },
        ],
      },
    });
    expect(await titleCount()).toBe(0);
  });

  it('should import every row of a good CSV in one go and list them', async () => {
    const csv = `\ufeff${HEADER}\r\ntt-c1,平安社区,2021,TT-2021-1,2024-12-31,\r\ntt-c2,平安社区,2022,TT-2022-2,,\r\n`;

    await upload(organizer, csv, 'titles.csv').expect(201, { imported: 2 });

    const response = await t
      .http()
      .get('/titles?titleKind=平安社区')
      .set('Authorization', `Bearer ${observer.token}`)
      .expect(200);
    expect(response.body).toMatchObject({ total: 2, limit: 100, offset: 0 });
    expect(response.body.items).toEqual([
      {
        id: expect.any(String),
        communityId: 'tt-c1',
        titleKind: '平安社区',
        year: 2021,
        campaignId: null,
        certificateNumber: 'TT-2021-1',
        validUntil: '2024-12-31',
        revokedAt: null,
        revokedReason: null,
        source: 'IMPORT',
      },
      expect.objectContaining({ communityId: 'tt-c2', certificateNumber: 'TT-2022-2', validUntil: null }),
    ]);
  });

  it('should import an XLSX with date and number cells, and refuse a certificate already recorded', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('titles');
    sheet.addRow(['community_id', 'title_kind', 'year', 'certificate_number', 'valid_until', 'revoked_at']);
    sheet.addRow(['tt-c3', '文明社区', 2020, 'TT-2020-3', new Date(Date.UTC(2025, 11, 31)), null]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    await upload(organizer, file, 'titles.xlsx').expect(201, { imported: 1 });
    const again = await upload(organizer, file, 'titles.xlsx').expect(422);

    expect(again.body.details.rows).toEqual([
      { row: 2, column: '证书编号', cell: 'D2', problem: 'TT-2020-3 已登记在另一个称号上' },
    ]);
    const listed = await t
      .http()
      .get('/titles?communityId=tt-c3')
      .set('Authorization', `Bearer ${organizer.token}`)
      .expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ titleKind: '文明社区', year: 2020, validUntil: '2025-12-31' }),
    ]);
  });

  it('should refuse a file without the required columns, and a request without a file', async () => {
    const response = await upload(organizer, '社区编码,称号\ntt-c1,平安社区\n', 'titles.csv').expect(422);
    expect(response.body.details.rows).toEqual([
      { row: 1, column: '年度', problem: '缺少该列；表头（第1行）须有 年度（或 year）' },
      {
        row: 1,
        column: '证书编号',
        problem: '缺少该列；表头（第1行）须有 证书编号（或 certificate_number / 证书号）',
      },
    ]);
    const none = await t
      .http()
      .post('/titles/import')
      .set('Authorization', `Bearer ${organizer.token}`)
      .expect(400);
    expect(none.body).toMatchObject({
      code: 'INVALID_REQUEST',
      message: 'Attach the file as multipart field "file"',
    });
  });

  it('should let only organizers and admins import', async () => {
    const response = await upload(observer, `${HEADER}\n`, 'titles.csv').expect(403);
    expect(response.body.details).toEqual({ requiredRoles: ['ORGANIZER', 'ADMIN'] });
  });

  it('should revoke (摘牌) with a reason, audited, once; 404 outside the scope', async () => {
    const [title] = await t.harness.dataSource.query<{ id: string }[]>(
      `SELECT id FROM community_title WHERE certificate_number = 'TT-2022-2'`,
    );
    const revoke = (user: TestUser, body: object) =>
      t.http().post(`/titles/${title.id}/revoke`).set('Authorization', `Bearer ${user.token}`).send(body);

    // A reason of only spaces is no reason: refused before anything is written (摘牌 cannot be undone).
    const blank = await revoke(organizer, { reason: '  \u3000 ' }).expect(400);
    expect(blank.body.details.problems).toEqual([
      { field: 'reason', message: 'reason must say why the title is revoked, not only spaces' },
    ]);
    const response = await revoke(organizer, { reason: '年度复查未通过', revokedAt: '2025-03-01' }).expect(
      200,
    );
    expect(response.body).toMatchObject({ revokedAt: '2025-03-01', revokedReason: '年度复查未通过' });

    const again = await revoke(organizer, { reason: '再次' }).expect(409);
    expect(again.body).toMatchObject({ code: 'CONFLICT', details: { revokedAt: '2025-03-01' } });
    const outsider = await t.user(UserRole.ORGANIZER, 'tt-s2');
    await revoke(outsider, { reason: 'x' }).expect(404);
    await revoke(organizer, {}).expect(400);
    const audit = await t.harness.dataSource.query<{ action: string; community_id: string }[]>(
      `SELECT action, community_id FROM audit_event WHERE action = 'REVOKE_TITLE' AND community_id = 'tt-c2'`,
    );
    expect(audit).toEqual([{ action: 'REVOKE_TITLE', community_id: 'tt-c2' }]);
  });

  it('should refuse a revocation dated before the title year or after today, naming the range (400)', async () => {
    const [title] = await t.harness.dataSource.query<{ id: string }[]>(
      `SELECT id FROM community_title WHERE certificate_number = 'TT-2021-1'`,
    );
    const revoke = (revokedAt: string) =>
      t
        .http()
        .post(`/titles/${title.id}/revoke`)
        .set('Authorization', `Bearer ${organizer.token}`)
        .send({ reason: '复查', revokedAt })
        .expect(400);
    const today = localDateOf(Date.now(), DEFAULT_TIME_ZONE);

    for (const day of ['2020-12-31', '2099-01-01', `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`]) {
      const response = await revoke(day);
      expect(response.body).toMatchObject({
        code: 'INVALID_REQUEST',
        details: {
          problems: [
            {
              field: 'revokedAt',
              message: expect.stringMatching(
                new RegExp(
                  `^摘牌日期须在 2021-01-01（称号年度开始）至 \\d{4}-\\d{2}-\\d{2}（今天）之间；收到 ${day}$`,
                ),
              ),
            },
          ],
        },
      });
    }
    const [stored] = await t.harness.dataSource.query<{ revoked_at: string | null }[]>(
      `SELECT revoked_at FROM community_title WHERE id = $1`,
      [title.id],
    );
    expect(stored.revoked_at).toBeNull();
  });
});
