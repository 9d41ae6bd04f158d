import { Workbook } from 'exceljs';
import { UserRole } from '@app/persistence';
import { UPLOAD_LIMIT_BYTES } from '../../apps/api/src/spreadsheets/spreadsheet';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// Ids prefixed ij- so this file never collides with others sharing the run's database.
const HEADER = 'id,parent_id,level,name,kind,eligible,ineligible_reason';

describe('POST /jurisdictions/import', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.user(UserRole.ADMIN);
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = (user: TestUser, body: Buffer | string, filename: string) =>
    t
      .http()
      .post('/jurisdictions/import')
      .set('Authorization', `Bearer ${user.token}`)
      .attach('file', Buffer.from(body), filename);
  const existing = async (prefix: string): Promise<string[]> => {
    const rows = await t.harness.dataSource.query<{ id: string }[]>(
      `SELECT id FROM jurisdiction WHERE id LIKE $1 || '%' ORDER BY path`,
      [prefix],
    );
    return rows.map((row) => row.id);
  };

  it('should answer 422 listing each bad row and column, and write nothing, when the tree is wrong', async () => {
    const csv = [
      HEADER,
      'ij-bad,,PROVINCE,坏省,,,',
      'ij-bad-s,ij-bad-c,STREET,街道,,,',
      'ij-bad-c,ij-bad,CITY,市,URBAN,,',
      'ij-bad-x,ij-bad-c,COMMUNITY,,URBAN,否,',
      'ij-bad,,PROVINCE,重复,,,',
    ].join('\n');

    const response = await upload(admin, csv, 'tree.csv').expect(422);

    expect(response.body).toMatchObject({
      statusCode: 422,
      code: 'VALIDATION_FAILED',
      message:
        'The jurisdictions file has 4 problem(s); nothing was imported. Fix each listed cell and upload it again.',
    });
    // Row 5's empty name is refused by cell; its other problems show once the cell is filled.
    expect(response.body.details.rows).toEqual([
      {
        row: 3,
        column: '上级编码',
        cell: 'B3',
        problem: '没有行政区划 ij-bad-c；上级须已存在或写在前面的行',
      },
      { row: 4, column: '类型', cell: 'E4', problem: 'only a COMMUNITY has a kind' },
      {
        row: 5,
        column: '名称',
        cell: 'D5',
        problem: '为空；应填：不超过 100 个字的文字，如 新华社区',
      },
      { row: 6, column: '编码', cell: 'A6', problem: 'ij-bad 与第2行重复' },
    ]);
    expect(await existing('ij-bad')).toEqual([]);
  });

  it('should insert every row with its path when a CSV is good, then refuse the same ids again', async () => {
    const csv = [
      HEADER,
      'ij,,PROVINCE,导入省,,,',
      'ij-c,ij,CITY,导入市,,,',
      'ij-d,ij-c,DISTRICT,导入区,,,',
      'ij-s,ij-d,STREET,导入街道,,,',
      'ij-1,ij-s,COMMUNITY,"幸福社区, 东",URBAN,是,',
      'ij-2,ij-s,COMMUNITY,和平村,RURAL,否,组织尚未建立',
    ].join('\r\n');

    const response = await upload(admin, csv, 'tree.csv').expect(201);

    expect(response.body).toEqual({
      imported: 6,
      byLevel: { PROVINCE: 1, CITY: 1, DISTRICT: 1, STREET: 1, COMMUNITY: 2 },
    });
    const subtree = await t
      .http()
      .get('/jurisdictions/ij-s/subtree')
      .set('Authorization', `Bearer ${admin.token}`)
      .expect(200);
    expect(subtree.body.items).toEqual([
      expect.objectContaining({ id: 'ij-s', path: '/ij/ij-c/ij-d/ij-s/' }),
      expect.objectContaining({ id: 'ij-1', name: '幸福社区, 东', kind: 'URBAN', eligible: true }),
      expect.objectContaining({
        id: 'ij-2',
        kind: 'RURAL',
        eligible: false,
        ineligibleReason: '组织尚未建立',
      }),
    ]);
    const again = await upload(admin, csv, 'tree.csv').expect(422);
    expect(again.body.details.rows[0]).toEqual({
      row: 2,
      column: '编码',
      cell: 'A2',
      problem: 'ij 已存在',
    });
  });

  it('should read an XLSX with Chinese headers and level words under an existing street', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('社区');
    sheet.addRow(['编码', '上级编码', '层级', '名称', '类型', '是否符合条件', '不符合原因']);
    sheet.addRow(['ij-3', 'ij-s', '社区', '新建社区', '城市社区', '是', null]);
    sheet.addRow(['ij-4', 'ij-s', '村', '新建村', '农村社区', null, null]);

    await upload(admin, Buffer.from(await workbook.xlsx.writeBuffer()), 'tree.xlsx').expect(201, {
      imported: 2,
      byLevel: { COMMUNITY: 2 },
    });
    expect(await existing('ij-')).toEqual(['ij-c', 'ij-d', 'ij-s', 'ij-1', 'ij-2', 'ij-3', 'ij-4']);
  });

  it('should let only an ADMIN import the tree', async () => {
    const organizer = await t.user(UserRole.ORGANIZER, 'ij');
    const response = await upload(organizer, `${HEADER}\n`, 'tree.csv').expect(403);
    expect(response.body.details).toEqual({ requiredRoles: ['ADMIN'] });
  });

  it('should answer 413 to a file over the upload limit and 400 to a file under another field name', async () => {
    const huge = Buffer.alloc(UPLOAD_LIMIT_BYTES + 1, 'a');
    const tooLarge = await upload(admin, huge, 'tree.csv').expect(413);
    expect(tooLarge.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(tooLarge.body.message).toContain('20 MiB');
    const misnamed = await t
      .http()
      .post('/jurisdictions/import')
      .set('Authorization', `Bearer ${admin.token}`)
      .attach('upload', Buffer.from(`${HEADER}\n`), 'tree.csv')
      .expect(400);
    expect(misnamed.body).toMatchObject({
      code: 'INVALID_REQUEST',
      message: 'Attach the file as multipart field "file"',
    });
  });
});
