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
