import { Workbook } from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { ApiUser, createUsers } from './support/api';
import { screenshot, signIn } from './support/pages';

// An office's standard kept in Excel (考核细则), imported through the console, saved as a standard and then
// chosen in the wizard for a new campaign over a street of its own.
const STREET = 'xs-jd';
const COMMUNITIES = ['xs-01', 'xs-02', 'xs-03'];
const YEAR = new Date().getFullYear();
const CODE = 'MEILI';
const TITLE_KIND = '美丽庭院社区';

test.setTimeout(300_000);

/** The sheet as an office keeps it: a title row, the header, the category merged down its items. */
async function officeSheet(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('考核细则');
  sheet.addRow(['美丽庭院社区创建考核细则（2026年版）']);
  sheet.addRow(['类别', '指标编码', '指标内容', '分值', '计分步长', '适用社区', '一票否决', '佐证材料']);
  sheet.addRow(['环境整治', 'H-01', '庭院整洁无杂物', 40, 1, '城乡通用', '否', '现场照片；整治台账']);
  sheet.addRow([null, 'H-02', '绿化覆盖达标', 30, 0.5, '城乡通用', '否', '绿化台账']);
  sheet.mergeCells('A3:A4');
  sheet.addRow(['长效管理', 'M-01', '建立保洁制度', 30, 1, null, null, '制度文件']);
  sheet.addRow([null, 'M-02', '发生重大环境事件', 0, null, null, '是', '情况说明']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label).click();
  await page.locator(`.ant-select-item-option[title*="${option}"]`).click();
}

test('an organizer imports a standard from an Excel sheet, saves it, and launches a campaign with it through the wizard', async ({
  page,
}) => {
  const admin = await ApiUser.login('admin');
  await admin.upload(
    '/jurisdictions/import',
    'street.csv',
    [
      'id,parent_id,level,name,kind,eligible,ineligible_reason',
      `${STREET},cn,STREET,庭院街道,,,`,
      ...COMMUNITIES.map((id, i) => `${id},${STREET},COMMUNITY,庭院${i + 1}社区,URBAN,是,`),
    ].join('\n'),
  );
  await createUsers([
    { username: 'organizer-xs', displayName: '庭院街道创建办', role: 'ORGANIZER', scopeId: STREET },
  ]);

  await page.goto('/console/');
  await signIn(page, 'organizer-xs');
  await page.getByRole('link', { name: '创建标准' }).click();
  await page.getByRole('link', { name: /新建标准/ }).click();

  // A refused sheet first: the bad cells are listed by row and column, nothing is read.
  const upload = page.locator('input[type=file]');
  await upload.setInputFiles({
    name: '细则.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('类别,指标编码,指标内容,分值\n环境整治,H-01,庭院整洁,四十\n'),
  });
  await expect(page.getByText('文件有 1 处问题，未读取')).toBeVisible();
  const problems = page.getByRole('table', { name: '文件中的问题' });
  await expect(problems.getByRole('row', { name: /2 分值 D2/ })).toBeVisible();

  await upload.setInputFiles({
    name: '美丽庭院考核细则.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await officeSheet(),
  });
  await expect(page.getByText('已读取 4 项指标，请核对后保存')).toBeVisible();
  await expect(page.getByLabel('第 2 行 类别', { exact: true })).toHaveValue('环境整治');
  await expect(page.getByLabel('第 4 行 指标编码')).toHaveValue('M-02');
  // Edited in the table before saving, as a clerk corrects a sheet.
  await page.getByLabel('第 3 行 指标内容').fill('建立保洁长效制度');
  await page.getByLabel('标准编码').fill(CODE);
  await page.getByLabel('标准名称').fill('美丽庭院社区创建标准');
  await page.getByLabel('授予称号').fill(TITLE_KIND);
  await screenshot(page, 'office-standard-import');
  await page.getByRole('button', { name: '保存为新版本' }).click();

  await expect(page.getByRole('heading', { name: '美丽庭院社区创建标准（第 1 版）' })).toBeVisible();
  await expect(page.getByText('建立保洁长效制度')).toBeVisible();
  const organizer = await ApiUser.login('organizer-xs');
  const saved = await organizer.get(`/standards/${CODE}/versions/1`);
  expect(
    saved.categories.map((c: { title: string; items: { code: string }[] }) => [
      c.title,
      c.items.map((i) => i.code),
    ]),
  ).toEqual([
    ['环境整治', ['H-01', 'H-02']],
    ['长效管理', ['M-01', 'M-02']],
  ]);
  expect(saved.categories[1].items[1]).toMatchObject({ maxScore: 0, veto: true, evidence: ['情况说明'] });

  // The wizard offers it: its title, then the standard with its items and tiers.
  await page.getByRole('link', { name: '发起创建' }).click();
  await pick(page, '创建称号', TITLE_KIND);
  await page.getByRole('button', { name: '下一步' }).click();
  await pick(page, '创建标准', `（${CODE}）`);
  await expect(page.getByText(/示范 ≥ 90/)).toBeVisible();
  await expect(page.getByText('庭院整洁无杂物')).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();
  const street = page.getByText(/^庭院街道（符合条件 3/);
  await street.click();
  for (let step = 0; step < 4; step += 1) await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '发布' }).click();
  await expect(page.getByText('创建活动已发布')).toBeVisible();

  const campaign = await organizer.get(`/campaigns/${STREET}-${YEAR}-${CODE.toLowerCase()}`);
  expect(campaign).toMatchObject({
    status: 'LAUNCHED',
    titleKind: TITLE_KIND,
    standard: { code: CODE, version: 1 },
  });
  expect((await organizer.get(`/campaigns/${campaign.id}/cases?limit=1`)).total).toBe(3);
});
