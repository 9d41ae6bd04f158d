// web_batch_review_200_cases_seconds: in Chromium, the organizer filters 200 applied cases, starts
// 批量初审通过 over every matching case and waits until the batch page shows all 200 done.
import type { Page } from '@playwright/test';
import { ApiUser, createUsers } from '../../test/browser/support/api';

const DISTRICT = 'bench-batch-qu';
const STREET = 'bench-batch-jd';
const CAMPAIGN = 'bench-batch-200';
const CASES = 200;
const SEED_CONCURRENCY = 4;
const SEED_ATTEMPTS = 5;

async function inParallel<T>(items: T[], limit: number, each: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await each(item);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/** A street of 200 communities in a launched campaign, every one of them applied (待初审). */
export async function seedBatchReview(campaignBody: (id: string, scope: string) => object): Promise<ApiUser> {
  const ids = Array.from({ length: CASES }, (_, i) => `${STREET}-${String(i + 1).padStart(3, '0')}`);
  const admin = await ApiUser.login('admin');
  await admin.upload(
    '/jurisdictions/import',
    'batch.csv',
    [
      'id,parent_id,level,name,kind,eligible,ineligible_reason',
      // lj is a city: a street sits under a district.
      `${DISTRICT},lj,DISTRICT,批量基准区,,,`,
      `${STREET},${DISTRICT},STREET,批量基准街道,,,`,
      ...ids.map((id, i) => `${id},${STREET},COMMUNITY,批量基准${i + 1}社区,URBAN,是,`),
    ].join('\n'),
  );
  await createUsers([
    {
      username: 'organizer-bench-batch',
      displayName: '批量基准街道创建办',
      role: 'ORGANIZER',
      scopeId: STREET,
    },
    ...ids.map((id) => ({
      username: `community-${id}`,
      displayName: `${id} 居委会`,
      role: 'COMMUNITY',
      scopeId: id,
    })),
  ]);
  const organizer = await ApiUser.login('organizer-bench-batch');
  await organizer.post('/campaigns', campaignBody(CAMPAIGN, STREET));
  await organizer.post(`/campaigns/${CAMPAIGN}/launch`);
  await inParallel(ids, SEED_CONCURRENCY, async (id) => {
    const clerk = await ApiUser.login(`community-${id}`);
    await applyOnce(clerk, id);
  });
  return organizer;
}

/**
 * The clerk's application, as the API asks on a busy machine: a 503 is retried after its Retry-After with
 * the same Idempotency-Key, so a retry of an application that did go through returns it, never applies twice.
 */
async function applyOnce(clerk: ApiUser, id: string): Promise<void> {
  const key = `bench-batch-apply-${id}`;
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(
      `${process.env.BROWSER_BASE_URL}/campaigns/${CAMPAIGN}/cases/${id}/application`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${clerk.token}`,
          'content-type': 'application/json',
          'idempotency-key': key,
          prefer: 'read-your-writes',
        },
        body: JSON.stringify({ content: { summary: '申报材料' } }),
      },
    );
    if (response.ok) return;
    if (response.status !== 503 || attempt === SEED_ATTEMPTS) {
      throw new Error(`application of ${id}: ${response.status} ${await response.text()}`);
    }
    const seconds = Number(response.headers.get('retry-after') ?? '5');
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

/**
 * Seconds from pressing 开始执行 (the dialog of 批量初审通过 over the filter's 200 cases) to the batch page
 * showing all 200 done, both read from the browser's clock: the press is stamped by a click listener, the
 * end at the first animation frame whose summary says so.
 */
export async function measureBatchReview(page: Page, baseUrl: string): Promise<number> {
  await page.goto(`${baseUrl}/console/campaigns/${CAMPAIGN}/cases?stage=APPLICATION_REVIEW`);
  await page.getByText(`共 ${CASES} 个`).waitFor();
  await page.getByRole('button', { name: '批量初审通过' }).click();
  await page.getByText(`当前筛选的全部 ${CASES} 个`).click();
  await page.evaluate(() => {
    document.addEventListener(
      'click',
      (event) => {
        const button = (event.target as Element | null)?.closest('button');
        const stamps = window as unknown as { benchPressedAt?: number };
        if (button?.textContent?.includes('开始执行')) stamps.benchPressedAt ??= performance.now();
      },
      { capture: true },
    );
  });
  await page.getByRole('button', { name: '开始执行' }).click();
  const done = `共 ${CASES} 个：已完成 ${CASES} 个，被拒绝 0 个，待执行 0 个`;
  const handle = await page.waitForFunction(
    (text) => {
      const summary = document.querySelector('[data-testid="batch-summary"]');
      const pressedAt = (window as unknown as { benchPressedAt?: number }).benchPressedAt;
      return summary?.textContent?.includes(text) && pressedAt !== undefined
        ? performance.now() - pressedAt
        : false;
    },
    done,
    { polling: 'raf', timeout: 120_000 },
  );
  return Math.round(((await handle.jsonValue()) as number) / 100) / 10;
}
