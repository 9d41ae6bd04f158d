import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { campaignBody } from '../support/campaign-body';
import { ApiUser, createUsers, fullMarks } from './support/api';
import { screenshot, signIn } from './support/pages';

// Part 2's morning work on a street of its own (20 communities): a batch 初审 with one refused, resumed
// after a reload, then automatic assignment of 10 cases where 回避 keeps the street's own inspector out,
// and one of the assigned inspectors declaring a conflict (申请回避), which leaves that team short.
const STREET = 'bw-jd';
const COMMUNITIES = Array.from({ length: 20 }, (_, i) => `bw-${String(i + 1).padStart(2, '0')}`);
const NAME = (id: string) => `批量${Number(id.slice(3))}社区`;
const CAMPAIGN = `${STREET}-batch`;
const NOT_APPLIED = COMMUNITIES[19];

test.setTimeout(360_000);
// One street and campaign for both tests, set up once: a retry in a new worker must not import it again.
test.describe.configure({ mode: 'serial' });

async function auditActions(organizer: ApiUser, communityId: string): Promise<string[]> {
  const trail = await organizer.get(`/campaigns/${CAMPAIGN}/cases/${communityId}/audit?limit=200`);
  return trail.items.map((link: { action: string }) => link.action);
}

/** As if the server had stopped after acting on the batch's first `n` cases and before recording them. */
async function markToDo(batchId: string, n: number): Promise<void> {
  const db = new Client({ connectionString: process.env.BROWSER_DATABASE_URL });
  await db.connect();
  await db.query(
    `UPDATE case_batch_item SET status = 'PENDING', code = NULL, message = NULL, details = NULL
      WHERE batch_id = $1 AND position <= $2`,
    [batchId, n],
  );
  await db.end();
}

test.beforeAll(async () => {
  const admin = await ApiUser.login('admin');
  await admin.upload(
    '/jurisdictions/import',
    'street.csv',
    [
      'id,parent_id,level,name,kind,eligible,ineligible_reason',
      `${STREET},cn,STREET,批量街道,,,`,
      ...COMMUNITIES.map((id) => `${id},${STREET},COMMUNITY,${NAME(id)},URBAN,是,`),
    ].join('\n'),
  );
  await createUsers([
    { username: 'organizer-bw', displayName: '批量街道创建办', role: 'ORGANIZER', scopeId: STREET },
    {
      username: 'inspector-bw',
      displayName: '考核组 周检查员（批量街道）',
      role: 'INSPECTOR',
      scopeId: STREET,
    },
    ...COMMUNITIES.map((id) => ({
      username: `community-${id}`,
      displayName: `${NAME(id)}居委会`,
      role: 'COMMUNITY',
      scopeId: id,
    })),
  ]);
  const organizer = await ApiUser.login('organizer-bw');
  // Teams of at least two, so one recusal leaves a team short (需补派检查员).
  const body = campaignBody(CAMPAIGN, 'PINGAN', STREET);
  await organizer.post('/campaigns', {
    ...body,
    inspectionPolicy: { ...body.inspectionPolicy, minInspectors: 2 },
  });
  await organizer.post(`/campaigns/${CAMPAIGN}/launch`);
  for (const id of COMMUNITIES.filter((c) => c !== NOT_APPLIED)) {
    const clerk = await ApiUser.login(`community-${id}`);
    await clerk.post(`/campaigns/${CAMPAIGN}/cases/${id}/application`, { content: { summary: '申报材料' } });
  }
});

test('a batch 初审 over 20 cases shows the one refused, and resumes after a reload without acting twice', async ({
  page,
}) => {
  const organizer = await ApiUser.login('organizer-bw');
  await page.goto('/console/');
  await signIn(page, 'organizer-bw');
  // Signed in (the menu is up) before opening a deep link, or the link would race the token.
  await expect(page.getByRole('link', { name: '发起创建' })).toBeVisible();
  await page.goto(`/console/campaigns/${CAMPAIGN}/cases`);
  await expect(page.getByText('共 20 个')).toBeVisible();
  // 街道 is searched on the server as one types, not a list of every street.
  await page.getByLabel('街道').fill('批量');
  await page.locator('.ant-select-item-option[title="批量街道"]').click();
  await expect(page).toHaveURL(new RegExp(`streetId=${STREET}`));
  await expect(page.getByText('共 20 个')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(NAME(COMMUNITIES[0])) })).toContainText('批量街道');
  await page.getByRole('columnheader').getByRole('checkbox').check();
  await expect(page.getByText('已选 20 个')).toBeVisible();
  await page.getByRole('button', { name: '批量初审通过' }).click();
  await page.getByRole('button', { name: '开始执行' }).click();
  await expect(page).toHaveURL(/\/batches\//);
  const summary = page.getByTestId('batch-summary');
  await expect(summary).toContainText('共 20 个：已完成 19 个，被拒绝 1 个，待执行 0 个');
  const refused = page.getByRole('row', { name: new RegExp(NAME(NOT_APPLIED)) });
  await expect(refused).toContainText('被拒绝');
  await expect(refused).toContainText('当前为「待申报」');
  await screenshot(page, 'batch-review-done');

  // As if the server had stopped after acting on five cases and before recording them: a reload shows
  // them still to do; 继续执行 runs them, and the cases (keyed by the batch) do not act twice.
  const batchId = page.url().split('/batches/')[1];
  await markToDo(batchId, 5);
  await page.reload();
  await expect(summary).toContainText('已完成 14 个，被拒绝 1 个，待执行 5 个');
  await expect(page.getByText('还有 5 个案件未执行完')).toBeVisible();
  await screenshot(page, 'batch-review-interrupted');
  await page.getByRole('button', { name: '继续执行' }).click();
  await expect(summary).toContainText('共 20 个：已完成 19 个，被拒绝 1 个，待执行 0 个');
  for (const id of COMMUNITIES.slice(0, 5)) {
    const accepts = (await auditActions(organizer, id)).filter((a) => a === 'ACCEPT_APPLICATION');
    expect({ id, accepts: accepts.length }).toEqual({ id, accepts: 1 });
  }

  // Interrupted again, and this time stopped (停止): the three left are 未执行 and it cannot be resumed.
  await markToDo(batchId, 3);
  await page.reload();
  await expect(summary).toContainText('待执行 3 个');
  await page.getByRole('button', { name: '停止' }).click();
  await page.getByRole('button', { name: '停止' }).last().click();
  await expect(summary).toContainText('已完成 16 个，被拒绝 1 个，待执行 0 个，未执行 3 个');
  await expect(page.getByText(/停止：3 个案件未执行/)).toBeVisible();
  await expect(page.getByRole('button', { name: '继续执行' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '停止' })).toHaveCount(0);
  await screenshot(page, 'batch-review-stopped');

  // The refused only: one page of one row, read on the server.
  await page.getByLabel('只看结果').click();
  await page.locator('.ant-select-item-option[title="被拒绝"]').click();
  await expect(page.getByText('共 1 条')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(NAME(NOT_APPLIED)) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(NAME(COMMUNITIES[0])) })).toHaveCount(0);
  const review = await organizer.get(`/campaigns/${CAMPAIGN}/cases?stage=SELF_CHECK&limit=50`);
  expect(review.total).toBe(19);
});

test('automatic assignment staffs 10 cases in teams of 2 while 回避 keeps the same-street inspector out', async ({
  page,
}) => {
  const organizer = await ApiUser.login('organizer-bw');
  const ten = COMMUNITIES.slice(0, 10);
  for (const id of ten) {
    const clerk = await ApiUser.login(`community-${id}`);
    await clerk.post(`/campaigns/${CAMPAIGN}/cases/${id}/self-check`, { scores: await fullMarks(clerk) });
  }
  const sameStreet = await ApiUser.login('inspector-bw');
  await page.goto('/console/');
  await signIn(page, 'organizer-bw');
  // Signed in (the menu is up) before opening a deep link, or the link would race the token.
  await expect(page.getByRole('link', { name: '发起创建' })).toBeVisible();
  await page.goto(`/console/campaigns/${CAMPAIGN}/cases?stage=INSPECTION`);
  await expect(page.getByText('共 10 个')).toBeVisible();
  await page.getByRole('columnheader').getByRole('checkbox').check();
  await page.getByRole('button', { name: '自动分配检查员' }).click();
  await expect(page.getByRole('heading', { name: '自动分配检查员' })).toBeVisible();
  await page.getByLabel('每组人数').fill('2');
  await page.getByRole('button', { name: '重新生成' }).click();
  const firstTeam = page.getByLabel(`${NAME(ten[0])} 考核组`);
  await expect(firstTeam).toBeVisible();
  await firstTeam.click();
  await expect(page.getByText('考核组 周检查员（批量街道）（回避：同街道）')).toBeVisible();
  await page.keyboard.press('Escape');
  await screenshot(page, 'assignment-proposal');
  await page.getByRole('button', { name: '确认分配' }).click();
  await expect(page.getByTestId('assignment-summary')).toContainText('已指派 10 个，未成功 0 个');
  await screenshot(page, 'assignment-confirmed');

  for (const id of ten) {
    const file = await organizer.get(`/campaigns/${CAMPAIGN}/cases/${id}`);
    const team: string[] = file.state.inspectors.map((i: { userId: string }) => i.userId);
    expect(team).toHaveLength(2);
    expect(team).not.toContain(sameStreet.user.id);
  }
});

test('an assigned inspector declares a conflict from 我的检查任务: the case leaves the list, the organizer sees who, why and that the team is short', async ({
  page,
}) => {
  const organizer = await ApiUser.login('organizer-bw');
  const communityId = COMMUNITIES[0];
  const before = await organizer.get(`/campaigns/${CAMPAIGN}/cases/${communityId}`);
  const leaving: { userId: string; displayName: string } = before.state.inspectors[0];
  const db = new Client({ connectionString: process.env.BROWSER_DATABASE_URL });
  await db.connect();
  const { rows } = await db.query('SELECT username FROM app_user WHERE id = $1', [leaving.userId]);
  await db.end();

  await page.goto('/console/');
  await signIn(page, rows[0].username as string);
  await expect(page.getByRole('heading', { name: '我的检查任务' })).toBeVisible();
  const declare = page.getByRole('button', { name: `申请回避：${NAME(communityId)}` });
  await declare.click();
  await page.getByLabel('回避理由').fill('本人曾在该社区挂职');
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByText(`已申请回避，${NAME(communityId)}已从您的检查任务中移除`)).toBeVisible();
  await expect(declare).toHaveCount(0);
  await expect(page.getByText(NAME(communityId), { exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, 'organizer-bw');
  await expect(page.getByRole('link', { name: '发起创建' })).toBeVisible();
  await page.goto(`/console/campaigns/${CAMPAIGN}/cases/${communityId}`);
  await expect(page.getByText('需补派检查员')).toBeVisible();
  await expect(page.getByText('考核组人数不足：还需补派 1 名检查员')).toBeVisible();
  await expect(
    page.getByText(new RegExp(`${leaving.displayName}（第1轮，.*）：本人曾在该社区挂职`)),
  ).toBeVisible();
  await screenshot(page, 'case-team-short-after-recusal');
  const after = await organizer.get(`/campaigns/${CAMPAIGN}/cases/${communityId}`);
  expect(after.state.inspectors.map((i: { userId: string }) => i.userId)).not.toContain(leaving.userId);
  expect(await auditActions(organizer, communityId)).toContain('RECUSE_INSPECTOR');
});
