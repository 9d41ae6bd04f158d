import { Workbook } from 'exceljs';
import { UserRole } from '@app/persistence';
import { parseCsv } from '../../apps/api/src/spreadsheets/csv';
import {
  bytesOf,
  CAMPAIGN,
  PROGRESS_HEADERS,
  RESULT_HEADERS,
  seed,
  STREET_A_PROGRESS,
  STREET_A_ROW,
  STREET_A_TARGETS,
} from '../support/progress-world';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// The seeded campaign (pg-…, domain.md's worked example) and the expected tables are in
// test/support/progress-world.ts.
describe('GET /campaigns/:id/progress and the exports', () => {
  let t: TestApp;
  let organizer: TestUser;
  let observer: TestUser;
  let otherOrganizer: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await seed(t);
    [organizer, observer, otherOrganizer, admin] = await Promise.all([
      t.user(UserRole.ORGANIZER, 'pg-d'),
      t.user(UserRole.OBSERVER, 'pg-d'),
      t.user(UserRole.ORGANIZER, 'pg-other'),
      t.user(UserRole.ADMIN),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (user: TestUser, path: string) =>
    t.http().get(path).set('Authorization', `Bearer ${user.token}`);
  const binary = (user: TestUser, path: string) =>
    get(user, path)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('should reproduce the worked example exactly for the street (new 17.9% needs 1, cumulative 60.7% met)', async () => {
    const response = await get(organizer, `/campaigns/${CAMPAIGN}/progress?jurisdictionId=pg-sa`).expect(200);

    expect(response.body).toEqual(STREET_A_PROGRESS);
  });

  it('should rank the scored cases on the server by the domain rule, paged, awarding the first topN', async () => {
    const db = t.harness.dataSource;
    await db.query(
      `UPDATE campaign SET award_policy = '{"topN": 3, "tieBreak": "SMALLER_DEVIATION"}' WHERE id = $1`,
      [CAMPAIGN],
    );
    // Every total is 91.5: the stated tie-break puts pg-a13 (rated itself 5 points off) last, then community id.
    await db.query(
      `UPDATE case_projection SET snapshot = snapshot || '{"score": {"deviation": 5}}' WHERE workflow_id = $1`,
      [`case:${CAMPAIGN}:pg-a13`],
    );
    try {
      const whole = await get(observer, `/campaigns/${CAMPAIGN}/ranking`).expect(200);
      expect(whole.body).toMatchObject({ topN: 3, tieBreak: 'SMALLER_DEVIATION', total: 10 });
      expect(whole.body.items.map((item: { communityId: string }) => item.communityId)).toEqual([
        'pg-a14',
        'pg-a18',
        'pg-a19',
        'pg-a20',
        'pg-a21',
        'pg-a22',
        'pg-b1',
        'pg-b2',
        'pg-b3',
        'pg-a13',
      ]);

      const page = await get(organizer, `/campaigns/${CAMPAIGN}/ranking?limit=2&offset=2`).expect(200);
      expect(page.body).toMatchObject({ total: 10, limit: 2, offset: 2 });
      expect(page.body.items).toEqual([
        {
          rank: 3,
          communityId: 'pg-a19',
          communityName: 'pg-a19',
          stage: 'AWARDED',
          tier: '示范',
          totalScore: 91.5,
          awarded: true,
        },
        {
          rank: 4,
          communityId: 'pg-a20',
          communityName: 'pg-a20',
          stage: 'AWARDED',
          tier: '示范',
          totalScore: 91.5,
          awarded: false,
        },
      ]);

      // A scored case withdrawn (or closed by a cancellation) can never be awarded: it takes no place.
      await db.query(`UPDATE case_projection SET stage = 'WITHDRAWN' WHERE workflow_id = $1`, [
        `case:${CAMPAIGN}:pg-a14`,
      ]);
      const withdrawn = await get(organizer, `/campaigns/${CAMPAIGN}/ranking`).expect(200);
      expect(withdrawn.body.total).toBe(9);
      expect(withdrawn.body.items.map((item: { communityId: string }) => item.communityId)).not.toContain(
        'pg-a14',
      );
      expect(withdrawn.body.items[0]).toMatchObject({ rank: 1, communityId: 'pg-a18', awarded: true });
    } finally {
      await db.query(`UPDATE case_projection SET stage = 'AWARDED' WHERE workflow_id = $1`, [
        `case:${CAMPAIGN}:pg-a14`,
      ]);
      await db.query(`UPDATE campaign SET award_policy = '{}' WHERE id = $1`, [CAMPAIGN]);
      await db.query(`UPDATE case_projection SET snapshot = snapshot - 'score' WHERE workflow_id = $1`, [
        `case:${CAMPAIGN}:pg-a13`,
      ]);
    }
  });

  it('should total the case list from the counters exactly as counting the rows does, for every filter', async () => {
    const db = t.harness.dataSource;
    const filters: [query: string, where: string][] = [
      ['', 'true'],
      ['stage=AWARDED', `stage = 'AWARDED'`],
      ['tier=达标', `tier = '达标'`],
      ['streetId=pg-sb', `street_id = 'pg-sb'`],
      ['streetId=pg-sb&stage=NOTICE', `street_id = 'pg-sb' AND stage = 'NOTICE'`],
      ['streetId=pg-so', `street_id = 'pg-so'`],
      ['overdue=true', 'due_at < now()'],
    ];
    for (const [query, where] of filters) {
      const [{ n }] = await db.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM case_projection WHERE campaign_id = $1 AND ${where}`,
        [CAMPAIGN],
      );
      const response = await get(organizer, `/campaigns/${CAMPAIGN}/cases?limit=2&${query}`).expect(200);
      expect({ query, total: response.body.total }).toEqual({ query, total: Number(n) });
      expect(response.body.items.length).toBe(Math.min(2, Number(n)));
    }
    // An organizer of a street inside sees its street's cases only, and the total (its street's counters) says so.
    const streetOrganizer = await t.user(UserRole.ORGANIZER, 'pg-sb');
    const street = await get(streetOrganizer, `/campaigns/${CAMPAIGN}/cases?stage=AWARDED`).expect(200);
    expect(street.body.total).toBe(2);
    expect(street.body.items.map((item: { communityId: string }) => item.communityId)).toEqual([
      'pg-b1',
      'pg-b2',
    ]);
    const elsewhere = await get(streetOrganizer, `/campaigns/${CAMPAIGN}/cases?streetId=pg-sa`).expect(200);
    expect(elsewhere.body).toMatchObject({ items: [], total: 0 });
  });

  it('should sum the whole scope, counting an award to a community still titled once (as a renewal)', async () => {
    const response = await get(observer, `/campaigns/${CAMPAIGN}/progress`).expect(200);

    expect(response.body).toMatchObject({
      jurisdiction: { id: 'pg-d', level: 'DISTRICT' },
      eligible: 33,
      previouslyTitled: 13,
      cases: 33,
      overdue: 3,
      awarded: 7,
      renewals: 1,
      inNotice: 3,
      noticeByTier: [
        { tier: '精品', cases: 0 },
        { tier: '示范', cases: 1 },
        { tier: '达标', cases: 2 },
      ],
      awardedByTier: [
        { tier: '精品', awarded: 3 },
        { tier: '示范', awarded: 3 },
        { tier: '达标', awarded: 1 },
      ],
      attainment: {
        new: { count: 6, eligible: 33, ratioText: '18.2%', met: false, requiredCount: 7, neededToMeet: 1 },
        cumulative: {
          count: 19,
          eligible: 33,
          ratioText: '57.6%',
          met: false,
          requiredCount: 20,
          neededToMeet: 1,
        },
      },
      ifNoticeAwarded: {
        new: { count: 9, ratioText: '27.3%', met: true },
        cumulative: { count: 22, ratioText: '66.7%', met: true },
      },
    });
  });

  it('should read one community from its own case when the subtree is a community', async () => {
    const response = await get(admin, `/campaigns/${CAMPAIGN}/progress?jurisdictionId=pg-a13`).expect(200);

    // Its earlier title expired at the end of 2024, so the 2025 award is new.
    expect(response.body).toMatchObject({
      jurisdiction: { id: 'pg-a13', level: 'COMMUNITY' },
      eligible: 1,
      previouslyTitled: 0,
      cases: 1,
      awarded: 1,
      attainment: { new: { count: 1, ratioText: '100.0%', met: true }, cumulative: { count: 1, met: true } },
    });
  });

  it('should give the awarded cases their titles, from the campaign, next to the expired import', async () => {
    const response = await get(organizer, '/titles?communityId=pg-a13').expect(200);

    expect(response.body.items).toEqual([
      expect.objectContaining({ year: 2021, source: 'IMPORT', validUntil: '2024-12-31', campaignId: null }),
      expect.objectContaining({
        year: 2025,
        source: 'CAMPAIGN',
        campaignId: CAMPAIGN,
        certificateNumber: 'PG-2025-pg-a13',
        validUntil: '2028-11-01',
        revokedAt: null,
      }),
    ]);
  });

  it('should answer 404 for a subtree outside the campaign scope and for a campaign outside the caller scope', async () => {
    const outside = await get(organizer, `/campaigns/${CAMPAIGN}/progress?jurisdictionId=pg-so`).expect(404);
    expect(outside.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: `No jurisdiction pg-so in campaign ${CAMPAIGN}`,
      details: {},
    });
    await get(organizer, `/campaigns/${CAMPAIGN}/progress?jurisdictionId=nope`).expect(404);
    const hidden = await get(otherOrganizer, `/campaigns/${CAMPAIGN}/progress`).expect(404);
    expect(hidden.body).toMatchObject({ code: 'NOT_FOUND', message: `No campaign ${CAMPAIGN}` });
    await get(otherOrganizer, `/campaigns/${CAMPAIGN}/progress/export`).expect(404);
  });

  it('should answer 403 to roles that do not read dashboards, and 400 to a malformed query', async () => {
    const community = await t.user(UserRole.COMMUNITY, 'pg-a01');
    const response = await get(community, `/campaigns/${CAMPAIGN}/progress`).expect(403);
    expect(response.body.details).toEqual({ requiredRoles: ['ORGANIZER', 'OBSERVER', 'ADMIN'] });
    const bad = await get(organizer, `/campaigns/${CAMPAIGN}/progress/export?format=pdf`).expect(400);
    expect(bad.body.details).toEqual({
      problems: [{ field: 'format', message: 'format must be xlsx or csv' }],
    });
  });

  it('should export the progress table as XLSX with Chinese headers, a row per street and a total', async () => {
    const response = await binary(organizer, `/campaigns/${CAMPAIGN}/progress/export?format=xlsx`).expect(
      200,
    );

    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`创建进度-${CAMPAIGN}-pg-d.xlsx`)}`,
    );
    const workbook = new Workbook();
    await workbook.xlsx.load(bytesOf(response.body as Buffer));
    const sheet = workbook.worksheets[0];
    const rows = sheet.getSheetValues().slice(1) as unknown[][];
    expect(sheet.name).toBe('创建进度');
    expect(rows[0].slice(1)).toEqual(PROGRESS_HEADERS);
    expect(rows.slice(1).map((row) => row[1])).toEqual(['pg-sa 名称', 'pg-sb 名称', '合计']);
    expect(rows[1].slice(1)).toEqual([...STREET_A_ROW, ...STREET_A_TARGETS]);
    expect(rows[3].slice(1, 4)).toEqual(['合计', 33, 13]);
  });

  it('should export the same table as CSV that parses back with the Chinese headers', async () => {
    const response = await get(
      organizer,
      `/campaigns/${CAMPAIGN}/progress/export?format=csv&jurisdictionId=pg-sa`,
    ).expect(200);

    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [headers, ...rows] = parseCsv(response.text);
    expect(headers).toEqual(PROGRESS_HEADERS);
    expect(rows).toEqual([
      [...STREET_A_ROW, ...STREET_A_TARGETS].map(String),
      ['合计', ...[...STREET_A_ROW, ...STREET_A_TARGETS].slice(1).map(String)],
    ]);
  });

  it('should export the results list, one row per case, in XLSX and CSV', async () => {
    const xlsx = await binary(organizer, `/campaigns/${CAMPAIGN}/results/export?jurisdictionId=pg-sa`).expect(
      200,
    );
    const workbook = new Workbook();
    await workbook.xlsx.load(bytesOf(xlsx.body as Buffer));
    const rows = workbook.worksheets[0].getSheetValues().slice(1) as unknown[][];
    expect(rows[0].slice(1)).toEqual([...RESULT_HEADERS]);
    expect(rows).toHaveLength(29);
    expect(rows.find((row) => row[1] === 'pg-a13')?.slice(1)).toEqual([
      'pg-a13',
      'pg-a13 名称',
      'pg-sa 名称',
      '已授牌',
      91.5,
      '精品',
      'PG-2025-pg-a13',
      undefined, // 公示截止: this row's snapshot has none
      '2025年11月1日', // 授牌日期 2025-11-01T00:00:00Z is 08:00 that day in Beijing
      '2028年11月1日',
    ]);

    const csv = await get(organizer, `/campaigns/${CAMPAIGN}/results/export?format=csv`).expect(200);
    const [headers, ...results] = parseCsv(csv.text);
    expect(headers).toEqual([...RESULT_HEADERS]);
    expect(results).toHaveLength(33);
    expect(results).toContainEqual(['pg-b5', 'pg-b5 名称', 'pg-sb 名称', '未申报', '', '', '', '', '', '']);
  });

  it('should follow a case that moves on and a title revoked (摘牌) before the campaign year', async () => {
    await t.harness.dataSource.query(
      `UPDATE case_projection SET stage = 'AWARDED', seq = 2, due_at = NULL,
              snapshot = '{"award":{"tier":"达标","certificateNumber":"PG-2025-pg-a21","validUntil":"2028-11-01"}}'
        WHERE workflow_id = $1`,
      [`case:${CAMPAIGN}:pg-a21`],
    );
    const [title] = await t.harness.dataSource.query<{ id: string }[]>(
      `SELECT id FROM community_title WHERE community_id = 'pg-a01' AND source = 'IMPORT'`,
    );
    await t
      .http()
      .post(`/titles/${title.id}/revoke`)
      .set('Authorization', `Bearer ${organizer.token}`)
      .send({ reason: '年度复查未通过', revokedAt: '2024-12-31' })
      .expect(200);

    const response = await get(organizer, `/campaigns/${CAMPAIGN}/progress?jurisdictionId=pg-sa`).expect(200);

    expect(response.body).toMatchObject({ previouslyTitled: 11, awarded: 6, inNotice: 1 });
    // The counters followed the case out of notice: its tier now counts as an award, not a proposal.
    expect(response.body.noticeByTier).toEqual([
      { tier: '精品', cases: 0 },
      { tier: '示范', cases: 1 },
      { tier: '达标', cases: 0 },
    ]);
    expect(response.body.awardedByTier).toContainEqual({ tier: '达标', awarded: 1 });
    expect(response.body.attainment.new).toMatchObject({
      count: 6,
      ratioText: '21.4%',
      met: true,
      neededToMeet: 0,
    });
    expect(response.body.attainment.cumulative).toMatchObject({ count: 17, ratioText: '60.7%', met: true });
  });
});
