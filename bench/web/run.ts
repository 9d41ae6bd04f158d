// `npm run bench:web` (or `make bench-web`): the console's weight and speed in Debian's Chromium, against
// the app started as `make start` starts it (its own ports and database). Prints `name: value unit` lines.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/persistence';
import { mixStages } from '../phases/progress.bench';
import {
  CAMPAIGN_ID as NATIONAL_CAMPAIGN,
  createCampaign,
  PASSWORD,
  seedTree,
  seedUsers,
} from '../phases/seed';
import { ApiClient } from '../support/api-client';
import { ApiUser, driveCase } from '../../test/browser/support/api';
import {
  ROOT,
  startBrowserStack,
  stopBrowserStack,
  type BrowserStack,
} from '../../test/browser/support/browser-stack';
import { measureBatchReview, seedBatchReview } from './batch-review.bench';

const RUNS = 5;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
/** BENCH_WEB_ONLY=inspector,dashboard,batch,national runs only those parts (default: all). */
const PARTS = (process.env.BENCH_WEB_ONLY ?? 'inspector,dashboard,batch,national').split(',');
const wants = (part: string) => PARTS.includes(part);
const CHECK_CAMPAIGN = 'bench-check-60';
const DASHBOARD_CAMPAIGN = 'bench-dashboard-100';

function say(line: string): void {
  process.stderr.write(`>> ${line}\n`);
}

function figure(name: string, value: number, unit: string): void {
  process.stdout.write(`${name}: ${value} ${unit}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A standard of 60 scored items in 6 categories (and one veto item), for the check form's worst day. */
function sixtyItemStandard() {
  return {
    code: 'BENCH60',
    title: '基准测试标准（60 项）',
    titleKind: '基准社区',
    categories: Array.from({ length: 6 }, (_, c) => ({
      code: String.fromCharCode(65 + c),
      title: `第${c + 1}类`,
      items: Array.from({ length: 10 }, (_, i) => ({
        code: `${String.fromCharCode(65 + c)}-${String(i + 1).padStart(2, '0')}`,
        title: `指标 ${c + 1}.${i + 1}：建立健全相关制度并落实到位`,
        maxScore: 5,
        scoreStep: 0.5,
        appliesTo: 'BOTH',
        evidence: ['制度文件', '工作台账'],
        veto: false,
      })),
    })).concat([
      {
        code: 'V',
        title: '一票否决',
        items: [
          {
            code: 'V-01',
            title: '发生重大安全事故',
            maxScore: 0,
            scoreStep: 1,
            appliesTo: 'BOTH',
            evidence: [],
            veto: true,
          },
        ],
      },
    ]),
    tiers: [
      { name: '精品', minTotal: 90 },
      { name: '示范', minTotal: 80 },
      { name: '达标', minTotal: 70 },
    ],
  };
}

function campaign(id: string, scope: string, standardCode: string) {
  const day = 24 * 3600 * 1000;
  const at = (days: number) => new Date(Date.now() + days * day).toISOString();
  return {
    id,
    title: `基准测试 ${id}`,
    year: new Date().getFullYear(),
    organizerJurisdictionId: scope,
    scopeJurisdictionId: scope,
    standard: { code: standardCode, version: 1 },
    schedule: {
      applicationOpensAt: at(0),
      applicationDueAt: at(30),
      selfCheckDueAt: at(60),
      inspectionStartsAt: at(61),
      inspectionDueAt: at(90),
      noticeDays: 7,
      awardAt: at(100),
      reminderDaysBefore: [7, 1],
      overdueRepeatDays: 3,
      escalateAfterDays: 5,
    },
    targets: { newTitlesPercent: 20, cumulativeTitlesPercent: 60 },
    inspectionPolicy: {
      minInspectors: 2,
      maxInspectors: 3,
      combine: 'MEAN',
      rectificationAllowed: true,
      rectificationDays: 15,
      conflictRule: 'SAME_STREET',
      deviationThreshold: 10,
    },
    awardPolicy: { topN: null, tieBreak: null, validityYears: 3 },
  };
}

async function seed(): Promise<{ inspector: ApiUser; organizer: ApiUser }> {
  const admin = await ApiUser.login('admin');
  // A district of 100 streets (2 communities each) for the dashboard; street sfjd's c-03 for the check.
  const streets = Array.from({ length: 100 }, (_, i) => `bs-${String(i + 1).padStart(3, '0')}`);
  await admin.upload(
    '/jurisdictions/import',
    'bench.csv',
    [
      'id,parent_id,level,name,kind,eligible,ineligible_reason',
      'bench-d,lj,DISTRICT,基准区,,,',
      ...streets.map((id, i) => `${id},bench-d,STREET,第${i + 1}街道,,,`),
      ...streets.flatMap((id) => [
        `${id}-1,${id},COMMUNITY,${id}甲社区,URBAN,是,`,
        `${id}-2,${id},COMMUNITY,${id}乙社区,RURAL,是,`,
      ]),
    ].join('\n'),
  );
  await admin.post('/standards', sixtyItemStandard());
  await admin.post('/campaigns', campaign(DASHBOARD_CAMPAIGN, 'bench-d', 'PINGAN'));
  await admin.post(`/campaigns/${DASHBOARD_CAMPAIGN}/launch`);
  await admin.post('/campaigns', campaign(CHECK_CAMPAIGN, 'sfjd', 'BENCH60'));
  await admin.post(`/campaigns/${CHECK_CAMPAIGN}/launch`);
  const organizer = await ApiUser.login('organizer');
  const clerk = await ApiUser.login('community-c-03');
  const inspector = await ApiUser.login('inspector2');
  // The self-check needs BENCH60's scores, not PINGAN's: drive to SELF_CHECK, then submit them here.
  await driveCase(CHECK_CAMPAIGN, 'c-03', clerk, organizer, [], 'SELF_CHECK');
  const standard = sixtyItemStandard();
  const scores = Object.fromEntries(
    standard.categories
      .flatMap((c) => c.items)
      .filter((i) => !i.veto)
      .map((i) => [i.code, 4]),
  );
  const base = `/campaigns/${CHECK_CAMPAIGN}/cases/c-03`;
  await clerk.post(`${base}/self-check`, { scores });
  await organizer.post(`${base}/inspectors`, {
    inspectorIds: [inspector.user.id, (await ApiUser.login('inspector3')).user.id],
  });
  return { inspector, organizer: admin };
}

/**
 * The national dataset `npm run bench` uses (issue 13): 1,000 streets, 100,000 eligible communities, a
 * campaign over all of them launched through the API and moved to a realistic mix of stages; its organizer.
 */
async function seedNational(baseUrl: string, databaseUrl: string): Promise<ApiUser> {
  const db = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  const api = new ApiClient(baseUrl);
  try {
    await seedTree(db);
    const users = await seedUsers(db, api, []);
    // The app runs with the demo (as make start does): its PINGAN standard is there already.
    await createCampaign(api, users.organizerToken, { standardExists: true });
    await api.post(`/campaigns/${NATIONAL_CAMPAIGN}/launch`, users.organizerToken, {});
    await mixStages(db);
  } finally {
    api.close();
    await db.destroy();
  }
  return ApiUser.login('bench-organizer', PASSWORD);
}

async function signedInPage(
  browser: Browser,
  user: ApiUser,
  viewport: { width: number; height: number },
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const session = JSON.stringify({
    accessToken: user.token,
    expiresAt: Date.now() + 3_600_000,
    user: user.user,
  });
  await context.addInitScript((value) => localStorage.setItem('chuangjian.session', value), session);
  return context.newPage();
}

/**
 * A condition on the page's DOM, checked in the browser every frame; it must be self-contained (its source
 * is sent to the page), and `arg` (JSON) is its one parameter.
 */
type Ready<A> = (arg: A) => boolean;

/**
 * Milliseconds from the navigation's start to the first frame where `ready` holds, read from the
 * browser's own clock (`performance.now()` counts from the navigation start), each run in a fresh context
 * (nothing cached). The condition is checked on every animation frame, so the figure is what a person
 * would see, not Playwright's round trips.
 */
async function timeTo<A>(
  browser: Browser,
  user: ApiUser,
  url: string,
  viewport: { width: number; height: number },
  ready: Ready<A>,
  arg: A,
): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const page = await signedInPage(browser, user, viewport);
    await page.goto(url, { waitUntil: 'commit' });
    times.push(Math.round(await readyAt(page, ready, arg)));
    await page.context().close();
  }
  return times;
}

/** `performance.now()` in the page at the first animation frame where `ready(arg)` holds. */
async function readyAt<A>(page: Page, ready: Ready<A>, arg: A): Promise<number> {
  // The condition's source applied to its argument, stamped with the page's clock when it first holds.
  const expression = `(${ready.toString()})(${JSON.stringify(arg)}) ? performance.now() : false`;
  const handle = await page.waitForFunction(expression, undefined, { polling: 'raf', timeout: 120_000 });
  return (await handle.jsonValue()) as number;
}

/** The check form: every score input there and enabled, the live total shown, 提交 enabled. */
const checkFormReady: Ready<number> = (items) => {
  const inputs = Array.from(document.querySelectorAll<HTMLInputElement>('input[role="spinbutton"]'));
  const submit = Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find((b) =>
    (b.textContent ?? '').includes('提交检查验收'),
  );
  return (
    inputs.length >= items &&
    inputs.every((input) => !input.disabled) &&
    (document.querySelector('[data-testid="live-total"]')?.textContent ?? '').length > 0 &&
    submit !== undefined &&
    !submit.disabled
  );
};

/** A dashboard: the funnel drawn (its canvas) and the child jurisdictions' table showing `child`. */
const dashboardReady: Ready<string> = (child) =>
  document.querySelector('[role="img"][aria-label="创建漏斗：各环节社区数"] canvas') !== null &&
  Array.from(document.querySelectorAll('td')).some((cell) => (cell.textContent ?? '').trim() === child);

/** The case table: the first page's first row (community 社区1) in a cell. */
const caseTableReady: Ready<string> = (name) =>
  Array.from(document.querySelectorAll('td')).some((cell) => (cell.textContent ?? '').trim() === name);

/** The JavaScript the check page loads, and its time to interactive with 60 items, on a phone. */
async function measureInspector(browser: Browser, baseUrl: string, inspector: ApiUser): Promise<void> {
  const checkUrl = `${baseUrl}/console/inspections/${CHECK_CAMPAIGN}/c-03`;
  say('The check page: JavaScript it loads...');
  const page = await signedInPage(browser, inspector, PHONE);
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/console/assets/') && url.pathname.endsWith('.js'))
      scripts.add(url.pathname);
  });
  await page.goto(checkUrl);
  await readyAt(page, checkFormReady, 60);
  const bytes = [...scripts].reduce(
    (sum, file) =>
      sum + gzipSync(readFileSync(path.join(ROOT, 'dist/web', file.replace('/console/', '')))).length,
    0,
  );
  const loadsEcharts = [...scripts].some((file) =>
    readFileSync(path.join(ROOT, 'dist/web', file.replace('/console/', '')), 'utf8').includes('echarts'),
  );
  figure('web_inspector_js_gzip_kb', Math.round((bytes / 1024) * 10) / 10, 'kB');
  figure('web_inspector_js_files', scripts.size, 'files');
  figure('web_inspector_loads_echarts', loadsEcharts ? 1 : 0, 'bool');
  await page.context().close();

  say(`The check form with 60 items, ${RUNS} cold loads...`);
  const check = await timeTo(browser, inspector, checkUrl, PHONE, checkFormReady, 60);
  figure('web_check_form_items', 60, 'items');
  figure('web_check_form_interactive_ms', median(check), 'ms');
  figure('web_check_form_interactive_max_ms', Math.max(...check), 'ms');
}

async function measureDashboard(browser: Browser, baseUrl: string, organizer: ApiUser): Promise<void> {
  say(`The dashboard of a campaign over 100 streets, ${RUNS} cold loads...`);
  const url = `${baseUrl}/console/campaigns/${DASHBOARD_CAMPAIGN}/dashboard`;
  // The child table is ordered by path: 第1街道 (bs-001) is its first row.
  const dashboard = await timeTo(browser, organizer, url, DESKTOP, dashboardReady, '第1街道');
  figure('web_dashboard_streets', 100, 'streets');
  figure('web_dashboard_interactive_ms', median(dashboard), 'ms');
  figure('web_dashboard_interactive_max_ms', Math.max(...dashboard), 'ms');
}

/** The case table and the dashboard of the 100,000-case campaign. */
async function measureNational(browser: Browser, stack: BrowserStack): Promise<void> {
  say('The national dataset: 100,000 cases under 1,000 streets (launched through the API)...');
  const national = await seedNational(stack.baseUrl, stack.databaseUrl);
  const campaignUrl = `${stack.baseUrl}/console/campaigns/${NATIONAL_CAMPAIGN}`;
  say(`The case table of the 100,000-case campaign, first page, ${RUNS} cold loads...`);
  // Paged by community id: the first row is community bp-000001, 社区1.
  const table = await timeTo(browser, national, `${campaignUrl}/cases`, DESKTOP, caseTableReady, '社区1');
  figure('web_case_table_100k_first_page_ms', median(table), 'ms');
  figure('web_case_table_100k_first_page_max_ms', Math.max(...table), 'ms');
  say(`The dashboard of the national campaign, ${RUNS} cold loads...`);
  const dashboard = await timeTo(
    browser,
    national,
    `${campaignUrl}/dashboard`,
    DESKTOP,
    dashboardReady,
    '基准市',
  );
  figure('web_dashboard_national_interactive_ms', median(dashboard), 'ms');
  figure('web_dashboard_national_interactive_max_ms', Math.max(...dashboard), 'ms');
}

async function main(): Promise<void> {
  const started = Date.now();
  // Other work on the machine skews every latency: say how busy it was.
  figure('cpu_cores', cpus().length, 'cores');
  figure('load_average_start', Math.round(loadavg()[0] * 100) / 100, 'load');
  say('Starting the app as make start does (own ports and database)...');
  const stack: BrowserStack = await startBrowserStack();
  process.env.BROWSER_BASE_URL = stack.baseUrl;
  process.env.BROWSER_DATABASE_URL = stack.databaseUrl;
  const executablePath =
    process.env.CHROMIUM_PATH ??
    execFileSync(path.join(ROOT, 'scripts/ensure-chromium.sh'), { encoding: 'utf8' }).trim();
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  try {
    if (wants('inspector') || wants('dashboard')) {
      say('Seeding: a 60-item standard and a case assigned to inspector2; a district of 100 streets...');
      const { inspector, organizer } = await seed();
      if (wants('inspector')) await measureInspector(browser, stack.baseUrl, inspector);
      if (wants('dashboard')) await measureDashboard(browser, stack.baseUrl, organizer);
    }
    if (wants('batch')) {
      say('批量初审 over 200 applied cases, in the browser (seeding them through the API first)...');
      const batchOrganizer = await seedBatchReview((id, scope) => campaign(id, scope, 'PINGAN'));
      const batchPage = await signedInPage(browser, batchOrganizer, DESKTOP);
      figure('web_batch_review_200_cases_seconds', await measureBatchReview(batchPage, stack.baseUrl), 's');
      await batchPage.context().close();
    }
    if (wants('national')) await measureNational(browser, stack);
    figure('load_average_end', Math.round(loadavg()[0] * 100) / 100, 'load');
    figure('total_seconds', Math.round((Date.now() - started) / 100) / 10, 's');
  } finally {
    await browser.close();
    await stopBrowserStack({
      pid: stack.child.pid!,
      databaseUrl: stack.databaseUrl,
      adminUrl: stack.adminUrl,
      temporalDir: stack.temporalDir,
    });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:web failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
