/// <reference lib="dom" />
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './api';

const SCREENSHOTS = path.resolve(__dirname, '../../../docs/screenshots');

/** Signs in through the form, as a person does (用户名, 密码, 登录). */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** A screenshot of the page for docs/screenshots (the README shows the main ones). */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Fonts first: a screenshot taken before the CJK font loads shows boxes.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** No horizontal scrolling at this width (a phone must never need it). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
