import { expect, test } from '@playwright/test';
import { ApiUser } from './support/api';
import { screenshot, signIn } from './support/pages';

const CAMPAIGN = 'demo-2026-pingan';
const COMMUNITY = 'c-07';

test('a clerk applies, is returned, resubmits and submits a self-check generated from the standard', async ({
  page,
}) => {
  const organizer = await ApiUser.login('organizer');
  const base = `/campaigns/${CAMPAIGN}/cases/${COMMUNITY}`;

  // An expired token sends the clerk to sign-in, and back to the page afterwards.
  await page.goto('/console/login');
  await page.evaluate(() =>
    localStorage.setItem(
      'chuangjian.session',
      JSON.stringify({
        accessToken: 'expired',
        expiresAt: Date.now() + 3_600_000,
        user: { id: 'x', username: 'x', displayName: 'x', role: 'COMMUNITY', scopeId: 'c-07' },
      }),
    ),
  );
  await page.goto('/console/my');
  await expect(page).toHaveURL(/\/console\/login\?next=%2Fmy/);
  await expect(page.getByText('登录已过期')).toBeVisible();
  await signIn(page, `community-${COMMUNITY}`);
  await expect(page).toHaveURL(/\/console\/my$/);

  // 我的创建: the step bar and what to do next.
  await expect(page.getByRole('heading', { name: '我的创建' })).toBeVisible();
  await expect(page.getByText('下一步：填写并提交申报材料')).toBeVisible();
  await screenshot(page, 'clerk-my-cases');
  await page.getByRole('button', { name: '填写申报' }).click();

  await page.getByLabel('申报材料说明').fill('本社区建立平安创建领导小组，开展矛盾纠纷排查。');
  await page.getByLabel('联系人').fill('王主任');
  await page.getByLabel('联系电话').fill('13800000007');
  await page.getByRole('button', { name: '提交申报' }).click();
  await expect(page.getByRole('button', { name: '提交申报' })).toHaveCount(0);
  await expect(page.getByText('待初审').first()).toBeVisible();
  expect((await organizer.get(`${base}`)).state.stage).toBe('APPLICATION_REVIEW');

  // 退回: the reasons appear beside the resubmission.
  await organizer.post(`${base}/review`, { decision: 'RETURN', reasons: ['缺少居委会盖章'] });
  await page.reload();
  await expect(page.getByText('缺少居委会盖章').first()).toBeVisible();
  await expect(page.getByLabel('申报材料说明')).toHaveValue(/平安创建领导小组/);
  await screenshot(page, 'clerk-returned');
  await page.getByLabel('申报材料说明').fill('已补充居委会盖章的申报材料。');
  await page.getByRole('button', { name: '重新提交申报' }).click();
  await expect(page.getByRole('button', { name: '重新提交申报' })).toHaveCount(0);
  const resubmitted = await organizer.get(base);
  expect(resubmitted.state.applications).toHaveLength(2);
  expect(resubmitted.state.applications[1].content.summary).toBe('已补充居委会盖章的申报材料。');

  // 自查: the form generated from the pinned standard.
  await organizer.post(`${base}/review`, { decision: 'ACCEPT' });
  await page.reload();
  await expect(page.getByText('自查报告（对照创建标准逐项自评）')).toBeVisible();
  const scoreInputs = page.locator('input[id^="scores_"]');
  const count = await scoreInputs.count();
  const labels = await page.locator('label[for^="scores_"]').allTextContents();
  for (let i = 0; i < count; i += 1) {
    await scoreInputs.nth(i).fill(/满分 ([\d.]+)/.exec(labels[i])![1]);
  }
  for (const declaration of await page.getByRole('checkbox').all()) await declaration.check();
  await expect(page.getByTestId('self-check-total')).toContainText(
    `已自评 ${count}/${count} 项 · 自评总分 100.00`,
  );
  await screenshot(page, 'clerk-self-check');
  await page.getByRole('button', { name: '提交自查报告' }).click();
  await expect(page.getByRole('button', { name: '提交自查报告' })).toHaveCount(0);

  const file = await organizer.get(base);
  expect(file.state.stage).toBe('INSPECTION');
  expect(file.state.selfChecks[0].total).toBe(100);
  expect(Object.keys(file.state.selfChecks[0].scores)).toHaveLength(count);
  await expect(page.getByText('退回修改').first()).toBeVisible();
  await screenshot(page, 'clerk-case-history');
});
