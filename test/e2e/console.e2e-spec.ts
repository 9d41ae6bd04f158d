import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * The console is served by the API at /console/ (same origin). A small stand-in build in a temporary
 * directory stands for dist/web, so this checks the serving itself; the browser tier runs the real one.
 */
describe('the web console at /console/', () => {
  let t: TestApp;
  let dir: string;
  const INDEX =
    '<!doctype html><html><body><div id="root"></div><script src="/console/assets/app-1a2b.js"></script></body></html>';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'console-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), INDEX);
    writeFileSync(path.join(dir, 'assets', 'app-1a2b.js'), 'console.log("app")');
    process.env.CONSOLE_DIR = dir;
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
    delete process.env.CONSOLE_DIR;
    rmSync(dir, { recursive: true, force: true });
  });

  it('should redirect / and /console to /console/', async () => {
    await t.http().get('/').expect(302).expect('Location', '/console/');
    await t.http().get('/console').expect(302).expect('Location', '/console/');
  });

  it('should answer /console/ with the app, never cached', async () => {
    const response = await t.http().get('/console/').expect(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toBe(INDEX);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it.each([
    '/console/campaigns/demo-2026-pingan/cases/c-01',
    '/console/inspections',
    '/console/login?next=%2Ftodo',
  ])('should answer a reload of the deep link %s with index.html', async (deepLink) => {
    const response = await t.http().get(deepLink).expect(200);
    expect(response.text).toBe(INDEX);
  });

  it("should hand the console the deployment's time zone before it starts, with no sign-in", async () => {
    process.env.TIME_ZONE = 'Asia/Urumqi';
    const other = await createTestApp();
    try {
      const response = await other.http().get('/console/settings.js').expect(200);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toBe('window.__CHUANGJIAN__ = {"timeZone":"Asia/Urumqi"};\n');
    } finally {
      await other.close();
      delete process.env.TIME_ZONE;
    }
    const standard = await t.http().get('/console/settings.js').expect(200);
    expect(standard.text).toContain('"timeZone":"Asia/Shanghai"');
  });

  it('should serve the hashed assets, cached for a year', async () => {
    const response = await t.http().get('/console/assets/app-1a2b.js').expect(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('should leave the API paths and the OpenAPI docs as they were', async () => {
    await t.http().get('/campaigns').expect(401);
    await t
      .http()
      .get('/health')
      .expect((response) => expect([200, 503]).toContain(response.status));
    await t.http().get('/docs-json').expect(200);
    const docs = await t.http().get('/docs').expect(200);
    expect(docs.text).toMatch(/swagger/i);
    await t.http().get('/no-such-path').expect(404);
  });
});
