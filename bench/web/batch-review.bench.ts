// web_batch_review_200_cases_seconds: in Chromium, the organizer filters 200 applied cases, starts
// 批量初审通过 over every matching case and waits until the batch page shows all 200 done.
import type { Page } from '@playwright/test';
import { ApiUser, createUsers } from '../../test/browser/support/api';

const STREET = 'bench-batch-jd';
const CAMPAIGN = 'bench-batch-200';
const CASES = 200;
const SEED_CONCURRENCY = 8;

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
      `${STREET},lj,STREET,批量基准街道,,,`,
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
    await clerk.post(`/campaigns/${CAMPAIGN}/cases/${id}/application`, { content: { summary: '申报材料' } });
  });
  return organizer;
}

/** Seconds from 开始执行 to the batch page showing every one of the 200 cases accepted. */
export async function measureBatchReview(page: Page, baseUrl: string): Promise<number> {
  await page.goto(`${baseUrl}/console/campaigns/${CAMPAIGN}/cases?stage=APPLICATION_REVIEW`);
  await page.getByText(`共 ${CASES} 个`).waitFor();
  await page.getByRole('button', { name: '批量初审通过' }).click();
  await page.getByText(`当前筛选的全部 ${CASES} 个`).click();
  const start = Date.now();
  await page.getByRole('button', { name: '开始执行' }).click();
  await page
    .getByTestId('batch-summary')
    .getByText(`共 ${CASES} 个：已完成 ${CASES} 个，未执行 0 个，待执行 0 个`)
    .waitFor({ timeout: 120_000 });
  return Math.round((Date.now() - start) / 100) / 10;
}
