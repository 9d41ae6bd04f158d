import { expect, test } from '@playwright/test';
import { ApiUser, driveCase } from './support/api';
import { screenshot } from './support/pages';

const CAMPAIGN = 'demo-2026-pingan';
const COMMUNITY = 'c-09';

test('a resident reads the notice without signing in and raises an objection with a receipt number', async ({
  page,
}) => {
  const organizer = await ApiUser.login('organizer');
  const clerk = await ApiUser.login(`community-${COMMUNITY}`);
  await driveCase(
    CAMPAIGN,
    COMMUNITY,
    clerk,
    organizer,
    [await ApiUser.login('inspector2'), await ApiUser.login('inspector3')],
    'NOTICE',
  );

  await page.goto(`/console/public/${CAMPAIGN}`);
  await expect(
    page.getByRole('heading', { name: /2026年度示范街道平安社区创建 拟命名名单公示/ }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: '春晖社区' })).toBeVisible();
  await screenshot(page, 'public-notice');
  await page.getByRole('button', { name: '提出异议' }).first().click();

  // A missing contact is named beside its field; what was typed stays.
  await page.getByLabel('姓名').fill('张先生');
  await page.getByLabel('异议内容').fill('该社区上月发生电动车火灾，未如实上报');
  await page.getByRole('button', { name: '提交异议' }).click();
  await expect(page.getByText('请填写联系电话或邮箱')).toBeVisible();
  await page.getByLabel('联系方式').fill('13900000000');
  await page.getByRole('button', { name: '提交异议' }).click();
  await expect(page.getByText('异议已提交')).toBeVisible();
  const receipt = await page.getByTestId('receipt-number').textContent();
  expect(receipt).toBe(`YY-${CAMPAIGN}-${COMMUNITY}-1`);
  await screenshot(page, 'public-objection-receipt');

  const file = await organizer.get(`/campaigns/${CAMPAIGN}/cases/${COMMUNITY}`);
  expect(file.state.objections).toHaveLength(1);
  expect(file.state.objections[0]).toMatchObject({
    id: 'objection-1',
    resolution: null,
    raisedBy: { displayName: '张先生', role: 'PUBLIC' },
  });
  expect(file.state.objections[0].content).toContain('电动车火灾');
  expect(file.allowedActions).toContain('RESOLVE_OBJECTION');
});
