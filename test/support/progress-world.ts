import { seedTree, TreeNode } from './reference-tree';
import { TestApp } from './test-app';

// The world of progress.e2e-spec.ts (seeded straight into the database), and the tables its tests expect.
// Ids prefixed pg- so this file never collides with others sharing the run's database. Street pg-sa is
// domain.md's worked example: 30 communities, 2 not eligible, 12 holding the title from earlier years.
export const CAMPAIGN = 'pg-2025';
const STREET_A = Array.from({ length: 30 }, (_, i) => `pg-a${String(i + 1).padStart(2, '0')}`);
const STREET_B = ['pg-b1', 'pg-b2', 'pg-b3', 'pg-b4', 'pg-b5'];
const TREE: TreeNode[] = [
  ['pg', null, 'PROVINCE'],
  ['pg-city', 'pg', 'CITY'],
  ['pg-d', 'pg-city', 'DISTRICT'],
  ['pg-sa', 'pg-d', 'STREET'],
  ['pg-sb', 'pg-d', 'STREET'],
  ['pg-other', 'pg-city', 'DISTRICT'],
  ['pg-so', 'pg-other', 'STREET'],
  ['pg-o1', 'pg-so', 'COMMUNITY', 'URBAN'],
  ...STREET_A.map((id, i): TreeNode => [
    id,
    'pg-sa',
    'COMMUNITY',
    'URBAN',
    i >= 28 ? '组织尚未建立' : undefined,
  ]),
  ...STREET_B.map((id): TreeNode => [id, 'pg-sb', 'COMMUNITY', 'RURAL']),
];
const PAST = '2025-01-10T00:00:00Z';
const FUTURE = '2099-01-01T00:00:00Z';

/** Stage, tier, score and deadline of each case (every eligible community has one). */
const CASES: [community: string, stage: string, tier: string | null, dueAt: string | null][] = [
  ...STREET_A.slice(0, 12).map((id): [string, string, null, string] => [id, 'INVITED', null, FUTURE]),
  ['pg-a13', 'AWARDED', '精品', null],
  ['pg-a14', 'AWARDED', '精品', null],
  ['pg-a15', 'INVITED', null, FUTURE],
  ['pg-a16', 'INVITED', null, FUTURE],
  ['pg-a17', 'INVITED', null, FUTURE],
  ['pg-a18', 'AWARDED', '示范', null],
  ['pg-a19', 'AWARDED', '示范', null],
  ['pg-a20', 'AWARDED', '示范', null],
  ['pg-a21', 'NOTICE', '达标', FUTURE],
  ['pg-a22', 'NOTICE', '示范', FUTURE],
  ['pg-a23', 'INSPECTION', null, PAST],
  ['pg-a24', 'INSPECTION', null, PAST],
  ['pg-a25', 'NOT_AWARDED', null, null],
  ['pg-a26', 'WITHDRAWN', null, PAST],
  ['pg-a27', 'SELF_CHECK', null, PAST],
  ['pg-a28', 'APPLICATION_REVIEW', null, FUTURE],
  ['pg-b1', 'AWARDED', '精品', null],
  ['pg-b2', 'AWARDED', '达标', null],
  ['pg-b3', 'NOTICE', '达标', FUTURE],
  ['pg-b4', 'INVITED', null, FUTURE],
  ['pg-b5', 'NOT_APPLIED', null, null],
];

/** Earlier titles: 12 that count in street A (and pg-b1, which is awarded again), and some that do not. */
const TITLES: [
  community: string,
  kind: string,
  year: number,
  validUntil: string | null,
  revokedAt: string | null,
][] = [
  ...STREET_A.slice(0, 12).map((id, i): [string, string, number, string, null] => [
    id,
    '平安社区',
    2021 + (i % 4),
    '2027-12-31',
    null,
  ]),
  ['pg-a13', '平安社区', 2021, '2024-12-31', null], // expired before 2025
  ['pg-a14', '平安社区', 2022, null, '2024-06-30'], // revoked before 2025
  ['pg-a15', '文明社区', 2023, null, null], // another kind
  ['pg-a16', '平安社区', 2026, null, null], // after the campaign year
  ['pg-a29', '平安社区', 2023, null, null], // not eligible
  ['pg-b1', '平安社区', 2024, '2027-12-31', null],
];

/** exceljs types its input as its own Buffer (an ArrayBuffer). */
export function bytesOf(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

export async function seed(t: TestApp): Promise<void> {
  const db = t.harness.dataSource;
  await seedTree(db, TREE);
  const [standard] = await db.query<{ id: string }[]>(
    `INSERT INTO standard (code, version, title, title_kind, definition, created_by)
     VALUES ('PG-STD', 1, '平安社区创建标准', '平安社区', $1, 'seed') RETURNING id`,
    [
      {
        tiers: [
          { name: '精品', minTotal: 90 },
          { name: '示范', minTotal: 80 },
          { name: '达标', minTotal: 70 },
        ],
      },
    ],
  );
  await db.query(
    `INSERT INTO campaign (id, title, title_kind, year, organizer_jurisdiction_id, scope_jurisdiction_id, standard_id,
                           schedule, targets, inspection_policy, award_policy, status, launched_at, created_by)
     VALUES ($1, '2025 平安社区创建', '平安社区', 2025, 'pg-d', 'pg-d', $2, '{}', $3, '{}', '{}', 'LAUNCHED', now(), 'seed')`,
    [CAMPAIGN, standard.id, { newTitlesPercent: 20, cumulativeTitlesPercent: 60 }],
  );
  for (const [community, kind, year, validUntil, revokedAt] of TITLES) {
    await db.query(
      `INSERT INTO community_title (community_id, community_path, title_kind, year, certificate_number, valid_until,
                                    revoked_at, source)
       SELECT id, path, $2, $3::int, 'PG-OLD-' || id || '-' || $3::int, $4::date, $5::date, 'IMPORT' FROM jurisdiction WHERE id = $1`,
      [community, kind, year, validUntil, revokedAt],
    );
  }
  // One statement for every case, as a launch writes them: the counters follow in one pass.
  await db.query(
    `INSERT INTO case_projection (workflow_id, campaign_id, community_id, stage, seq, snapshot, community_path,
                                  street_id, tier, total_score, due_at)
     SELECT 'case:' || $1 || ':' || j.id, $1, j.id, c.stage, 1,
            CASE WHEN c.stage = 'AWARDED' THEN jsonb_build_object('award', jsonb_build_object(
              'tier', c.tier, 'certificateNumber', 'PG-2025-' || j.id, 'awardedAt', '2025-11-01T00:00:00Z',
              'validUntil', '2028-11-01')) ELSE '{}'::jsonb END,
            j.path, j.parent_id, c.tier, CASE WHEN c.tier IS NOT NULL THEN 91.5 END, c.due_at::timestamptz
       FROM jsonb_to_recordset($2::jsonb) AS c(community text, stage text, tier text, due_at text)
       JOIN jurisdiction j ON j.id = c.community`,
    [
      CAMPAIGN,
      JSON.stringify(CASES.map(([community, stage, tier, due_at]) => ({ community, stage, tier, due_at }))),
    ],
  );
}

export const STREET_A_PROGRESS = {
  campaignId: CAMPAIGN,
  titleKind: '平安社区',
  year: 2025,
  targets: { newTitlesPercent: 20, cumulativeTitlesPercent: 60 },
  jurisdiction: { id: 'pg-sa', name: 'pg-sa 名称', level: 'STREET', path: '/pg/pg-city/pg-d/pg-sa/' },
  eligible: 28,
  previouslyTitled: 12,
  cases: 28,
  funnel: [
    { step: 'INVITED', label: '已邀请', cases: 28 },
    { step: 'APPLIED', label: '已申报', cases: 12 },
    { step: 'ACCEPTED', label: '初审通过', cases: 11 },
    { step: 'INSPECTED', label: '已检查', cases: 10 },
    { step: 'SCORED', label: '已评分', cases: 8 },
    { step: 'PUBLISHED', label: '已公示', cases: 7 },
    { step: 'AWARDED', label: '已授牌', cases: 5 },
  ],
  stages: [
    { stage: 'INVITED', label: '待申报', cases: 15, overdue: 0 },
    { stage: 'APPLICATION_REVIEW', label: '待初审', cases: 1, overdue: 0 },
    { stage: 'RETURNED', label: '退回修改', cases: 0, overdue: 0 },
    { stage: 'SELF_CHECK', label: '自查', cases: 1, overdue: 1 },
    { stage: 'INSPECTION', label: '检查验收', cases: 2, overdue: 2 },
    { stage: 'RECTIFICATION', label: '整改', cases: 0, overdue: 0 },
    { stage: 'SCORING', label: '评分', cases: 0, overdue: 0 },
    { stage: 'NOTICE', label: '公示', cases: 2, overdue: 0 },
    { stage: 'AWARDED', label: '已授牌', cases: 5, overdue: 0 },
    { stage: 'NOT_AWARDED', label: '未授牌', cases: 1, overdue: 0 },
    { stage: 'NOT_APPLIED', label: '未申报', cases: 0, overdue: 0 },
    { stage: 'WITHDRAWN', label: '已撤回', cases: 1, overdue: 0 },
  ],
  overdue: 3,
  awarded: 5,
  renewals: 0,
  awardedByTier: [
    { tier: '精品', awarded: 2 },
    { tier: '示范', awarded: 3 },
    { tier: '达标', awarded: 0 },
  ],
  inNotice: 2,
  noticeByTier: [
    { tier: '精品', cases: 0 },
    { tier: '示范', cases: 1 },
    { tier: '达标', cases: 1 },
  ],
  attainment: {
    new: {
      count: 5,
      eligible: 28,
      targetPercent: 20,
      ratioText: '17.9%',
      met: false,
      requiredCount: 6,
      neededToMeet: 1,
    },
    cumulative: {
      count: 17,
      eligible: 28,
      targetPercent: 60,
      ratioText: '60.7%',
      met: true,
      requiredCount: 17,
      neededToMeet: 0,
    },
  },
  ifNoticeAwarded: {
    new: {
      count: 7,
      eligible: 28,
      targetPercent: 20,
      ratioText: '25.0%',
      met: true,
      requiredCount: 6,
      neededToMeet: 0,
    },
    cumulative: {
      count: 19,
      eligible: 28,
      targetPercent: 60,
      ratioText: '67.9%',
      met: true,
      requiredCount: 17,
      neededToMeet: 0,
    },
  },
};

export const PROGRESS_HEADERS = [
  '街道',
  '符合条件社区数',
  '往年已获称号',
  '已邀请',
  '已申报',
  '初审通过',
  '已检查',
  '已评分',
  '公示中',
  '公示中·精品',
  '公示中·示范',
  '公示中·达标',
  '已授牌',
  '精品',
  '示范',
  '达标',
  '未授牌',
  '未申报',
  '已撤回',
  '逾期',
  '新创建数',
  '新创建达标率',
  '新创建目标',
  '新创建是否达标',
  '新创建还需',
  '累计数',
  '累计达标率',
  '累计目标',
  '累计是否达标',
  '累计还需',
  '公示全部授牌后新创建达标率',
  '公示全部授牌后累计达标率',
];
export const STREET_A_ROW = ['pg-sa 名称', 28, 12, 28, 12, 11, 10, 8, 2, 0, 1, 1, 5, 2, 3, 0, 1, 0, 1, 3];
export const STREET_A_TARGETS = [5, '17.9%', '20%', '否', 1, 17, '60.7%', '60%', '是', 0, '25.0%', '67.9%'];

export const RESULT_HEADERS = [
  '社区编码',
  '社区',
  '街道',
  '阶段',
  '总分',
  '等级',
  '证书编号',
  '公示截止',
  '授牌日期',
  '有效期至',
];
