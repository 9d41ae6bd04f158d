import { randomUUID } from 'node:crypto';
import { Workbook } from 'exceljs';
import { UserRole } from '@app/persistence';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { STANDARD_LIMITS } from '../../libs/domain/src/standard/standard-limits';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// A standard's items to and from Excel: POST /standards/sheet reads (writes nothing), GET …/export writes.

async function workbookOf(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
  );
  return workbook;
}

describe('Standards from and to Excel', () => {
  let t: TestApp;
  let organizer: TestUser;
  let clerk: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    [organizer, clerk] = await Promise.all([t.user(UserRole.ORGANIZER), t.user(UserRole.COMMUNITY)]);
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = (user: TestUser, body: Buffer, filename: string) =>
    t
      .http()
      .post('/standards/sheet')
      .set('Authorization', `Bearer ${user.token}`)
      .attach('file', body, filename);
  const download = async (path: string, user?: TestUser) => {
    const request = t.http().get(path);
    if (user !== undefined) request.set('Authorization', `Bearer ${user.token}`);
    return (
      await request
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200)
    ).body as Buffer;
  };

  it('should read a filled-in template (category merged down its items) into categories, writing nothing', async () => {
    const workbook = await workbookOf(await download('/imports/templates/standards'));
    const sheet = workbook.worksheets[0];
    sheet.getRow(5).values = [
      '组织领导',
      null,
      'A-01',
      '成立领导小组',
      5,
      0.5,
      '城乡通用',
      '否',
      '文件\n会议记录',
    ];
    sheet.getRow(6).values = [null, null, 'A-02', '工作方案', 5, null, '城市社区', null, null];
    sheet.getRow(7).values = ['安全稳定', null, 'B-01', '重大刑事案件', 0, null, null, '是', null];
    sheet.getRow(8).values = ['安全稳定', null, 'B-02', '矛盾纠纷化解', 10, 1, '农村', null, null];
    sheet.mergeCells('A5:A6');
    const before = await t.harness.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM standard');

    const response = await upload(
      organizer,
      Buffer.from(await workbook.xlsx.writeBuffer()),
      '细则.xlsx',
    ).expect(200);

    expect(response.body.headerRow).toBe(3);
    expect(response.body.items).toBe(4);
    expect(response.body.categories).toEqual([
      {
        code: 'A',
        title: '组织领导',
        items: [
          {
            code: 'A-01',
            title: '成立领导小组',
            maxScore: 5,
            scoreStep: 0.5,
            appliesTo: 'BOTH',
            evidence: ['文件', '会议记录'],
            veto: false,
          },
          {
            code: 'A-02',
            title: '工作方案',
            maxScore: 5,
            scoreStep: 1,
            appliesTo: 'URBAN',
            evidence: [],
            veto: false,
          },
        ],
      },
      {
        code: 'B',
        title: '安全稳定',
        items: [
          expect.objectContaining({ code: 'B-01', maxScore: 0, veto: true }),
          expect.objectContaining({ code: 'B-02', appliesTo: 'RURAL' }),
        ],
      },
    ]);
    const after = await t.harness.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM standard');
    expect(after).toEqual(before);
  });

  it('should answer 422 naming each bad cell by row and column, from a GBK CSV as WPS saves it', async () => {
    const csv = [
      '类别,指标编码,指标内容,分值,计分步长,适用社区,一票否决',
      '组织领导,A-01,成立领导小组,5,2,,',
      ',A-01,工作方案,五分,,郊区,',
    ].join('\r\n');
    const { encode } = await import('iconv-lite');

    const response = await upload(organizer, encode(csv, 'gbk'), '细则.csv').expect(422);

    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.message).toContain('nothing was imported');
    expect(
      (response.body.details.rows as { row: number; column: string; cell?: string }[]).map((r) => [
        r.row,
        r.column,
        r.cell ?? null,
      ]),
    ).toEqual([
      [2, '计分步长', 'E2'],
      [3, '分值', 'D3'],
      [3, '适用社区', 'F3'],
    ]);
  });

  it('should name the row and column of an item code used twice (第3行 C列 (指标编码))', async () => {
    const csv = [
      '类别,类别编码,指标编码,指标内容,分值',
      '组织领导,A,A-01,成立领导小组,5',
      ',,A-01,工作方案,5',
    ].join('\r\n');

    const response = await upload(organizer, Buffer.from(csv), '细则.csv').expect(422);

    expect(response.body.details.problems).toEqual([
      { field: '第3行 C列 (指标编码)', message: expect.stringContaining('A-01') },
    ]);
    expect(response.body.details.rows).toEqual([
      { row: 3, column: '指标编码', cell: 'C3', problem: expect.stringContaining('A-01') },
    ]);
  });

  it('should answer 400 for no file and for an old .xls workbook, and 403 for a clerk', async () => {
    const none = await t
      .http()
      .post('/standards/sheet')
      .set('Authorization', `Bearer ${organizer.token}`)
      .set('Content-Type', 'multipart/form-data; boundary=XX')
      .send('--XX--\r\n')
      .expect(400);
    expect(none.body.details.problems).toEqual([{ field: 'file', message: 'expected a .csv or .xlsx file' }]);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const old = await upload(organizer, xls, '细则.xls').expect(400);
    expect(old.body.message).toContain('old .xls workbook');
    await upload(clerk, Buffer.from('类别\n'), 'x.csv').expect(403);
  });

  it('should answer 415 naming XLSX 或 CSV to a PDF, whatever its name, and to a declared image', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1');
    for (const name of ['细则.pdf', '细则.csv']) {
      const response = await upload(organizer, pdf, name).expect(415);
      expect(response.body).toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: expect.stringContaining('只能上传 XLSX 或 CSV 文件'),
        details: { problems: [{ field: 'file', message: expect.stringContaining('XLSX 或 CSV') }] },
      });
    }
    const image = await t
      .http()
      .post('/standards/sheet')
      .set('Authorization', `Bearer ${organizer.token}`)
      .attach('file', Buffer.from('类别,指标编码\n'), { filename: 'a.png', contentType: 'image/png' })
      .expect(415);
    expect(image.body.details.problems[0].message).toContain('image/png');
  });

  it('should answer 400 to a second file or an extra field in the upload, naming it', async () => {
    const csv = Buffer.from('类别,指标编码,指标内容,分值\n组织领导,A-01,成立领导小组,5\n');
    const two = await upload(organizer, csv, 'a.csv').attach('file', csv, 'b.csv').expect(400);
    expect(two.body).toMatchObject({
      code: 'INVALID_REQUEST',
      message: expect.stringContaining('只能上传一个文件'),
      details: { problems: [{ field: 'file', message: expect.stringContaining('2 files (file, file)') }] },
    });
    const three = await upload(organizer, csv, 'a.csv')
      .attach('file', csv, 'b.csv')
      .attach('file', csv, 'c.csv')
      .expect(400);
    expect(three.body.message).toContain('只能上传一个文件');
    const other = await upload(organizer, csv, 'a.csv').attach('copy', csv, 'b.csv').expect(400);
    expect(other.body.details.problems).toEqual([
      { field: 'copy', message: expect.stringContaining('只能上传一个文件') },
    ]);
    const extra = await upload(organizer, csv, 'a.csv').field('note', 'x').expect(400);
    expect(extra.body.details.problems).toEqual([
      { field: 'note', message: 'unexpected field; send only the file as multipart field "file"' },
    ]);
  });

  it('should export, import and export again byte for byte when titles hold full-width punctuation and spaces', async () => {
    const { version: _version, code: _code, ...body } = buildStandard();
    const [first, ...rest] = body.categories;
    const categories = [
      {
        ...first,
        title: '组织建设（一）：领导\u3000责任',
        items: first.items.map((item, index) => ({
          ...item,
          title: `${item.title}（含书记），每季度：研究${index + 1}次；“台账”\u3000齐全！`,
          evidence: ['会议记录（原件）；签到表', '文件：２０２６年'],
        })),
      },
      ...rest,
    ];
    const code = `SF-${randomUUID().slice(0, 8)}`;
    await t
      .as(organizer)
      .post('/standards', { ...body, categories, code })
      .expect(201);

    for (const format of ['csv', 'xlsx'] as const) {
      const exported = await download(`/standards/${code}/versions/1/export?format=${format}`, clerk);
      const read = await upload(organizer, exported, `export.${format}`).expect(200);
      expect(read.body.categories).toEqual(categories);
      const saved = await t
        .as(organizer)
        .post(`/standards/${code}/versions`, { ...body, categories: read.body.categories })
        .expect(201);
      const again = await download(
        `/standards/${code}/versions/${saved.body.version}/export?format=${format}`,
        clerk,
      );
      if (format === 'csv') expect(again.equals(exported)).toBe(true);
      else {
        const values = async (file: Buffer) =>
          (await workbookOf(file)).worksheets[0].getSheetValues().map((row) => JSON.stringify(row));
        expect(await values(again)).toEqual(await values(exported));
      }
    }
  });

  it('should read back exactly the titles a CSV guards against formulas and evidence holding a semicolon', async () => {
    const { version: _version, code: _code, ...body } = buildStandard();
    const [first, ...rest] = body.categories;
    const titles = ['=SUM(1,2)', '-道德讲堂', '+村规民约', '@文本'];
    const evidence = [['站点照片；活动记录'], ['记录;签到', '-台账'], ['=照片'], ["'已有撇号"]];
    const categories = [
      {
        ...first,
        title: '-道德讲堂',
        items: titles.map((title, index) => ({
          ...first.items[index % first.items.length],
          code: `F-0${index + 1}`,
          title,
          evidence: evidence[index],
        })),
      },
      ...rest,
    ];
    const code = `SG-${randomUUID().slice(0, 8)}`;
    await t
      .as(organizer)
      .post('/standards', { ...body, categories, code })
      .expect(201);

    for (const format of ['csv', 'xlsx'] as const) {
      const exported = await download(`/standards/${code}/versions/1/export?format=${format}`, clerk);
      const read = await upload(organizer, exported, `export.${format}`).expect(200);
      expect(read.body.categories).toEqual(categories);
      if (format === 'csv') {
        const saved = await t
          .as(organizer)
          .post(`/standards/${code}/versions`, { ...body, categories: read.body.categories })
          .expect(201);
        const again = await download(
          `/standards/${code}/versions/${saved.body.version}/export?format=csv`,
          clerk,
        );
        expect(again.equals(exported)).toBe(true);
      }
    }
  });

  it("should refuse a sheet past POST /standards' limits on its first row past them (第N行), in Chinese", async () => {
    const header = '类别,类别编码,指标编码,指标内容,分值';
    const items = STANDARD_LIMITS.itemsPerCategory + 1000;
    const lines = Array.from({ length: items }, (_, n) => `组织领导,A,A-${n + 1},指标${n + 1},1`);
    const firstPast = STANDARD_LIMITS.itemsPerCategory + 2;

    const response = await upload(organizer, Buffer.from([header, ...lines].join('\r\n')), '细则.csv').expect(
      422,
    );

    expect(response.body.details.problems).toEqual([
      {
        field: `第${firstPast}行 C列 (指标编码)`,
        message: expect.stringContaining(
          `第${firstPast}行超出上限：类别“组织领导”（A）最多 ${STANDARD_LIMITS.itemsPerCategory} 项指标`,
        ),
      },
    ]);
    const categories = Array.from(
      { length: STANDARD_LIMITS.categories + 1 },
      (_, n) => `类别${n + 1},C${n + 1},C${n + 1}-1,指标,1`,
    );
    const tooMany = await upload(
      organizer,
      Buffer.from([header, ...categories].join('\r\n')),
      '细则.csv',
    ).expect(422);
    expect(tooMany.body.details.problems).toEqual([
      {
        field: `第${STANDARD_LIMITS.categories + 2}行 A列 (类别)`,
        message: expect.stringContaining(`最多 ${STANDARD_LIMITS.categories} 个类别`),
      },
    ]);
  });

  it('should answer 400 naming an empty file as such (文件为空)', async () => {
    const empty = await upload(organizer, Buffer.alloc(0), '细则.xlsx').expect(400);
    expect(empty.body.message).toContain('文件为空');
    expect(empty.body.details.problems).toEqual([
      { field: 'file', message: expect.stringContaining('文件为空') },
    ]);
  });

  it('should export a version as .xlsx that reads back to the same categories, and as CSV', async () => {
    const { version: _version, ...body } = buildStandard();
    const code = `SX-${randomUUID().slice(0, 8)}`;
    await t
      .as(organizer)
      .post('/standards', { ...body, code })
      .expect(201);

    const xlsx = await download(`/standards/${code}/versions/1/export`, clerk);
    const back = await upload(organizer, xlsx, 'export.xlsx').expect(200);
    expect(back.body.categories).toEqual(body.categories);
    const csv = await t
      .as(clerk)
      .get(`/standards/${code}/versions/1/export?format=csv`)
      .expect(200)
      .expect('content-type', 'text/csv; charset=utf-8');
    // A byte-order mark first, as Excel needs to read UTF-8 CSV as such.
    expect(csv.text.split('\r\n')[0]).toBe(
      '\uFEFF类别,类别编码,指标编码,指标内容,分值,计分步长,适用社区,一票否决,佐证材料',
    );
    await t.as(clerk).get(`/standards/${code}/versions/9/export`).expect(404);
    const bad = await t.as(clerk).get(`/standards/${code}/versions/1/export?format=pdf`).expect(400);
    expect(JSON.stringify(bad.body)).toContain('format must be xlsx or csv');
  });
});
