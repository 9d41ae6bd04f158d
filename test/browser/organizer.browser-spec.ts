import { expect, test, type Page } from '@playwright/test';
import { ApiUser, createUsers, driveCase, fullMarks } from './support/api';
import { screenshot, signIn } from './support/pages';

// domain.md's worked example on a new street: 30 communities, 2 not eligible (28), 12 titled earlier, and
// 5 proposed for the title this year (in 公示): new 5/28 = 17.9% (needs 6), cumulative 17/28 = 60.7% (met).
const STREET = 'bt-jd';
const COMMUNITIES = Array.from({ length: 30 }, (_, i) => `bt-${String(i + 1).padStart(2, '0')}`);
const YEAR = new Date().getFullYear();
const CAMPAIGN = `${STREET}-${YEAR}-pingan`;
const PROPOSED = COMMUNITIES.slice(12, 17);
const FIRST = PROPOSED[0];

// The longest journey (a launch, four cases through the API, five pages): generous on a loaded machine.
test.setTimeout(360_000);

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label).click();
  await page.locator(`.ant-select-item-option[title*="${option}"]`).click();
}

test('the organizer launches a campaign over a new street with the wizard, reviews, assigns a team, confirms scores and reads the attainment', async ({
  page,
}) => {
  const admin = await ApiUser.login('admin');
  await admin.upload(
    '/jurisdictions/import',
    'street.csv',
    [
      'id,parent_id,level,name,kind,eligible,ineligible_reason',
      `${STREET},cn,STREET,测试街道,,,`,
      ...COMMUNITIES.map(
        (id, i) => `${id},${STREET},COMMUNITY,测试${i + 1}社区,URBAN,${i >= 28 ? '否,组织尚未建立' : '是,'}`,
      ),
    ].join('\n'),
  );
  await admin.upload(
    '/titles/import',
    'titles.csv',
    [
      '社区编码,称号,年度,证书编号,有效期至,摘牌日期',
      ...COMMUNITIES.slice(0, 12).map(
        (id) => `${id},平安社区,${YEAR - 2},PINGAN-${YEAR - 2}-${id},${YEAR + 1}-12-31,`,
      ),
    ].join('\n'),
  );
  await createUsers([
    { username: 'organizer-bt', displayName: '测试街道平安创建办', role: 'ORGANIZER', scopeId: STREET },
    {
      username: 'inspector-bt',
      displayName: '考核组 赵检查员（测试街道）',
      role: 'INSPECTOR',
      scopeId: STREET,
    },
    ...PROPOSED.map((id) => ({
      username: `community-${id}`,
      displayName: `${id} 居委会`,
      role: 'COMMUNITY',
      scopeId: id,
    })),
  ]);

  // Sign in: the organizer lands on 待办, then opens the wizard from the menu.
  await page.goto('/console/');
  await signIn(page, 'organizer-bt');
  await expect(page.getByRole('heading', { name: /待办/ })).toBeVisible();
  await page.getByRole('link', { name: '发起创建' }).click();

  // 称号与年度, 标准 (items and tiers shown), 范围 with counts.
  await pick(page, '创建称号', '平安社区');
  await expect(page.getByLabel('活动名称')).toHaveValue(`${YEAR}年度平安社区创建`);
  await expect(page.getByLabel('活动编号（小写字母、数字和 -）')).toHaveValue(CAMPAIGN);
  await page.getByRole('button', { name: '下一步' }).click();
  await pick(page, '创建标准', '（PINGAN）');
  await expect(page.getByText(/精品 ≥ 90/)).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();
  const street = page.getByText('测试街道（符合条件 28 · 不符合 2：组织尚未建立 · 已获称号 12）');
  await expect(street).toBeVisible();
  await street.click();
  await expect(page.getByText(/符合条件 28 个社区（将发出创建通知）/)).toBeVisible();
  await screenshot(page, 'organizer-wizard-scope');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByLabel('申报截止日期（当天 23:59）')).not.toHaveValue('');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByTestId('target-needs')).toContainText(
    '新创建需 6 个社区；累计需 17 个（往年已有 12 个，本年还需 5 个）',
  );
  await screenshot(page, 'organizer-wizard-targets');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('测试街道：28 个符合条件社区（另有 2 个不符合条件）')).toBeVisible();
  await page.getByRole('button', { name: '发布' }).click();
  await expect(page.getByText('创建活动已发布')).toBeVisible();
  await expect(page.getByText('已向 28 个社区发出创建通知')).toBeVisible();
  await expect(page.getByText(/组织尚未建立/).first()).toBeVisible();
  await screenshot(page, 'organizer-wizard-launched');

  const organizer = await ApiUser.login('organizer-bt');
  expect((await organizer.get(`/campaigns/${CAMPAIGN}`)).status).toBe('LAUNCHED');
  expect((await organizer.get(`/campaigns/${CAMPAIGN}/cases?limit=1`)).total).toBe(28);

  // 初审: one application returned with a reason, then accepted once resubmitted.
  const clerks = Object.fromEntries(
    await Promise.all(PROPOSED.map(async (id) => [id, await ApiUser.login(`community-${id}`)] as const)),
  );
  const base = `/campaigns/${CAMPAIGN}/cases/${FIRST}`;
  await clerks[FIRST].post(`${base}/application`, {
    content: { summary: '申报材料', contact: '李主任', phone: '13800000013' },
  });
  await page.goto(`/console/campaigns/${CAMPAIGN}/cases?stage=APPLICATION_REVIEW`);
  await expect(page.getByText('待初审 1')).toBeVisible();
  await screenshot(page, 'organizer-cases');
  await page.getByRole('link', { name: '测试13社区' }).click();
  await page.getByRole('button', { name: '退回修改' }).click();
  await page.getByLabel('退回理由（每行一条，社区将看到）').fill('缺少居委会盖章');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('已退回，等待社区修改后重新申报')).toBeVisible();
  expect((await organizer.get(base)).state.stage).toBe('RETURNED');
  await clerks[FIRST].post(`${base}/application`, {
    content: { summary: '已盖章', contact: '李主任', phone: '13800000013' },
  });
  await page.reload();
  await page.getByRole('button', { name: '初审通过' }).click();
  await page.getByRole('button', { name: '通过', exact: true }).click();
  await expect(page.getByText('初审通过，进入自查')).toBeVisible();
  expect((await organizer.get(base)).state.stage).toBe('SELF_CHECK');

  // 指派: a same-street inspector is refused (回避), shown before and after the API says so.
  await clerks[FIRST].post(`${base}/self-check`, { scores: await fullMarks(organizer) });
  await page.reload();
  await page.getByRole('button', { name: '指派检查员' }).click();
  const inspector2 = await ApiUser.login('inspector2');
  const inspector3 = await ApiUser.login('inspector3');
  await expect(page.getByText('（回避：与该社区同属一个街道）')).toBeVisible();
  await page.getByRole('checkbox', { name: /赵检查员/ }).check();
  await page.getByRole('checkbox', { name: /李检查员/ }).check();
  await page.getByRole('button', { name: '指派', exact: true }).click();
  await expect(page.getByText(/考核组 赵检查员（测试街道） 与该社区同属一个街道，须回避/)).toBeVisible();
  await screenshot(page, 'organizer-assign-refused');
  expect((await organizer.get(base)).state.inspectors).toHaveLength(0);
  await page.getByRole('checkbox', { name: /赵检查员/ }).uncheck();
  await page.getByRole('checkbox', { name: /王检查员/ }).check();
  await page.getByRole('button', { name: '指派', exact: true }).click();
  await expect(page.getByText('检查员已指派')).toBeVisible();
  expect(
    (await organizer.get(base)).state.inspectors.map((i: { userId: string }) => i.userId).sort(),
  ).toEqual([inspector2.user.id, inspector3.user.id].sort());

  // Both checks in: the organizer confirms the scores and the case goes to 公示.
  const scores = await fullMarks(organizer);
  await inspector2.post(`${base}/checks`, { scores });
  await inspector3.post(`${base}/checks`, { scores });
  await page.reload();
  await expect(page.getByText('自查与检查验收（逐项对照）')).toBeVisible();
  await page.getByRole('button', { name: '确认评分' }).click();
  await page.getByRole('button', { name: '确认', exact: true }).click();
  await expect(page.getByText('评分已确认')).toBeVisible();
  expect((await organizer.get(base)).state.stage).toBe('NOTICE');
  await screenshot(page, 'organizer-case');

  // The other four through the API, then the dashboard against what the API reports.
  for (const id of PROPOSED.slice(1))
    await driveCase(CAMPAIGN, id, clerks[id], organizer, [inspector2, inspector3], 'NOTICE');
  const progress = await organizer.get(`/campaigns/${CAMPAIGN}/progress`);
  expect(progress.ifNoticeAwarded.new).toMatchObject({
    ratioText: '17.9%',
    met: false,
    requiredCount: 6,
    neededToMeet: 1,
  });
  expect(progress.ifNoticeAwarded.cumulative).toMatchObject({ ratioText: '60.7%', met: true });
  await page.goto(`/console/campaigns/${CAMPAIGN}/dashboard`);
  const projection = page.getByTestId('if-notice-awarded');
  await expect(projection).toContainText('新创建 17.9%');
  await expect(projection).toContainText('未达标 · 还需 1');
  await expect(projection).toContainText('累计 60.7%');
  await expect(projection).toContainText('已达标');
  const now = page.getByTestId('attainment');
  await expect(now).toContainText(`新创建 ${progress.attainment.new.ratioText}`);
  await expect(now).toContainText(`还需 ${progress.attainment.new.neededToMeet}`);
  await expect(now).toContainText(`累计 ${progress.attainment.cumulative.ratioText}`);
  await expect(now).toContainText(`还需 ${progress.attainment.cumulative.neededToMeet}`);
  await expect(page.getByRole('img', { name: '创建漏斗：各环节社区数' })).toBeVisible();
  await screenshot(page, 'organizer-dashboard');
});
