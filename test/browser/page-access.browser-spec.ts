import { expect, test } from '@playwright/test';
import { createUsers } from './support/api';
import { signIn } from './support/pages';

// A deep link to a page the role may not see (an organizer's link passed on, an old bookmark) shows
// 无权访问 and the way back to 待办 — never the page's controls over data the role may not touch.
const CAMPAIGN = 'demo-2026-pingan';

test.beforeAll(async () => {
  await createUsers([
    { username: 'clerk-pa', displayName: '访问测试社区居委会', role: 'COMMUNITY', scopeId: 'c-08' },
    { username: 'inspector-pa', displayName: '考核组 访问测试检查员', role: 'INSPECTOR', scopeId: 'hpjd' },
  ]);
});

for (const { who, menu, path, page: what } of [
  {
    who: 'clerk-pa',
    menu: '我的创建',
    path: `campaigns/${CAMPAIGN}/cases`,
    page: "the organizer's case table",
  },
  {
    who: 'inspector-pa',
    menu: '我的检查任务',
    path: `campaigns/${CAMPAIGN}/dashboard`,
    page: 'the dashboard',
  },
]) {
  test(`${who} opening ${what} by its address sees 无权访问 and a way back to 待办`, async ({ page }) => {
    await page.goto('/console/');
    await signIn(page, who);
    // Signed in (the menu is up) before opening a deep link, or the link would race the token.
    await expect(page.getByRole('link', { name: menu })).toBeVisible();
    await page.goto(`/console/${path}`);

    await expect(page.getByText('无权访问')).toBeVisible();
    await expect(page.getByRole('button', { name: '批量初审通过' })).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
    await page.getByRole('link', { name: '返回待办' }).click();
    await expect(page).toHaveURL(/\/console\/todo$/);
  });
}

// A deep link to a campaign or batch that does not exist (or is outside the reader's scope) shows only
// 没有找到 and a way back: no counts, filters or batch buttons over nothing.
for (const { path, what, back, landing } of [
  {
    path: 'campaigns/nope/cases',
    what: 'the case table of an unknown campaign',
    back: '返回创建活动列表',
    landing: /\/console\/campaigns$/,
  },
  {
    path: 'campaigns/nope/assignment',
    what: 'the assignment page of an unknown campaign',
    back: '返回创建活动列表',
    landing: /\/console\/campaigns$/,
  },
  {
    path: `campaigns/${CAMPAIGN}/batches/00000000-0000-4000-8000-000000000000`,
    what: 'an unknown batch of a real campaign',
    back: '返回案件列表',
    landing: new RegExp(`/console/campaigns/${CAMPAIGN}/cases$`),
  },
  {
    path: `campaigns/${CAMPAIGN}/batches/not-a-uuid`,
    what: 'a batch address that is not a batch id',
    back: '返回案件列表',
    landing: new RegExp(`/console/campaigns/${CAMPAIGN}/cases$`),
  },
]) {
  test(`organizer opening ${what} sees only 没有找到 and a way back`, async ({ page }) => {
    await page.goto('/console/');
    await signIn(page, 'organizer');
    await expect(page.getByRole('link', { name: '发起创建' })).toBeVisible();
    await page.goto(`/console/${path}`);

    await expect(page.getByText('没有找到，或不在您的管辖范围内', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '批量初审通过' })).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByLabel('街道')).toHaveCount(0);
    await expect(page.getByText('请先在案件列表中勾选要分配的案件')).toHaveCount(0);
    await page.getByRole('link', { name: back }).click();
    await expect(page).toHaveURL(landing);
  });
}
