import { expect, test } from '@playwright/test';
import { ApiUser, driveCase } from './support/api';
import { expectNoHorizontalScroll, screenshot, signIn } from './support/pages';

const CAMPAIGN = 'demo-2026-pingan';
const COMMUNITY = 'c-05';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('an inspector on a phone meets a validation error, keeps the draft through a reload and going offline, and submits once', async ({
  page,
  context,
}) => {
  const organizer = await ApiUser.login('organizer');
  const clerk = await ApiUser.login(`community-${COMMUNITY}`);
  const inspector2 = await ApiUser.login('inspector2');
  const inspector3 = await ApiUser.login('inspector3');
  await driveCase(CAMPAIGN, COMMUNITY, clerk, organizer, [inspector2, inspector3], 'ASSIGNED');

  await page.goto('/console/');
  await signIn(page, 'inspector2');
  await expect(page.getByRole('heading', { name: '我的检查任务' })).toBeVisible();
  const task = page.getByText('长青社区');
  await expect(task).toBeVisible();
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'inspector-tasks');
  await task.click();

  await expect(page.getByRole('heading', { name: /检查验收：长青社区/ })).toBeVisible();
  const inputs = page.getByRole('spinbutton');
  const count = await inputs.count();
  expect(count).toBeGreaterThan(10);
  // Every item but the last, at its maximum less one step; the live total follows the domain's scoring.
  const labels = await page.locator('label[for^="scores_"]').allTextContents();
  for (let i = 0; i < count - 1; i += 1) {
    const max = Number(/0–([\d.]+)/.exec(labels[i])![1]);
    await inputs.nth(i).fill(String(max));
  }
  await expect(page.getByTestId('live-total')).toContainText(`已评 ${count - 1}/${count} 项`);
  const submit = page.getByRole('button', { name: '提交检查验收' });
  const box = (await submit.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  await expectNoHorizontalScroll(page);

  // The API refuses the sheet with the missing item; its problem shows beside that item, in Chinese.
  await submit.click();
  await expect(page.getByText(/尚未评分（允许 0 至/)).toBeVisible();
  await expect(page.getByRole('alert').first()).toContainText('提交的内容有问题');
  await screenshot(page, 'inspector-check-validation');

  // The draft survives a reload.
  await page.reload();
  await expect(page.getByRole('spinbutton').first()).not.toHaveValue('');
  await expect(page.getByTestId('live-total')).toContainText(`已评 ${count - 1}/${count} 项`);
  const lastLabel = labels[count - 1];
  await page
    .getByRole('spinbutton')
    .nth(count - 1)
    .fill(/0–([\d.]+)/.exec(lastLabel)![1]);
  await page.getByLabel('检查发现（问题与建议）').fill('消防通道畅通，台账齐全');

  // Offline: nothing is lost, and the console says to try again.
  await context.setOffline(true);
  await page.getByRole('button', { name: '提交检查验收' }).click();
  await expect(page.getByText('无法连接服务器')).toBeVisible();
  await context.setOffline(false);
  await page.getByRole('button', { name: '提交检查验收' }).click();
  await expect(page.getByText('检查验收已提交')).toBeVisible();
  await screenshot(page, 'inspector-check-submitted');

  // The API has exactly one check from inspector2, with the scores typed.
  const file = await organizer.get(`/campaigns/${CAMPAIGN}/cases/${COMMUNITY}`);
  const checks = file.state.checks.filter(
    (c: { inspectorId: string }) => c.inspectorId === inspector2.user.id,
  );
  expect(checks).toHaveLength(1);
  expect(checks[0].findings).toBe('消防通道畅通，台账齐全');
  expect(Object.keys(checks[0].scores)).toHaveLength(count);
});
