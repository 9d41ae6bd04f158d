import { Workbook, Worksheet } from 'exceljs';
import { UserRole } from '@app/persistence';
import { createTestApp, TestApp, TestUser } from './test-app';

// The world of the spreadsheet-imports spec files (issue 10 §1, spreadsheets as Chinese Excel writes
// them): street sx-s with twelve communities, its organizer and an admin. The files share the tree, so it
// is inserted only where missing; each file imports rows of its own. The bindings below are set by the
// file's beforeAll (each spec file has its own module instance).

export let t: TestApp;
export let organizer: TestUser;
export let admin: TestUser;

export const TITLE_HEADER = '社区编码,称号,年度,证书编号,有效期至,摘牌日期';
export const ENGLISH_HEADER = 'community_id,title_kind,year,certificate_number,valid_until,revoked_at';
export const TEXT_FIX = '请在 Excel 中把该列设为“文本”格式，重新输入后再上传';

export async function xlsxOf(fill: (sheet: Worksheet) => void): Promise<Buffer> {
  const workbook = new Workbook();
  fill(workbook.addWorksheet('导入'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function workbookOf(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
  );
  return workbook;
}

const TREE: [id: string, parent: string | null, level: string, kind: string | null][] = [
  ['sx', null, 'PROVINCE', null],
  ['sx-s', 'sx', 'STREET', null],
  ...Array.from({ length: 12 }, (_, i): [string, string, string, string] => [
    `sx-c${String(i + 1).padStart(2, '0')}`,
    'sx-s',
    'COMMUNITY',
    'URBAN',
  ]),
];

/** Starts the app and seeds the tree where missing before the file's tests; closes the app after them. */
export function useSpreadsheetWorld(): void {
  beforeAll(async () => {
    t = await createTestApp();
    for (const [id, parent, level, kind] of TREE) {
      await t.harness.dataSource.query(
        `INSERT INTO jurisdiction (id, parent_id, level, name, kind, eligible, path)
         VALUES ($1, $2, $3, $4, $5, true,
                 COALESCE((SELECT path FROM jurisdiction WHERE id = $2), '/') || $1 || '/')
         ON CONFLICT (id) DO NOTHING`,
        [id, parent, level, `${id} 名称`, kind],
      );
    }
    [organizer, admin] = await Promise.all([t.user(UserRole.ORGANIZER, 'sx-s'), t.user(UserRole.ADMIN)]);
  });
  afterAll(async () => {
    await t.close();
  });
}

export const upload = (path: string, user: TestUser, body: Buffer | string, filename: string) =>
  t
    .http()
    .post(path)
    .set('Authorization', `Bearer ${user.token}`)
    .attach('file', Buffer.from(body), filename);
export const importTitles = (body: Buffer | string, filename = 'titles.csv') =>
  upload('/titles/import', organizer, body, filename);
export const titlesOf = async (certificates: string[]) =>
  t.harness.dataSource.query<
    {
      community_id: string;
      title_kind: string;
      year: number;
      certificate_number: string;
      valid_until: string | null;
    }[]
  >(
    `SELECT community_id, title_kind, year, certificate_number, to_char(valid_until, 'YYYY-MM-DD') AS valid_until
       FROM community_title WHERE certificate_number = ANY($1::text[]) ORDER BY certificate_number`,
    [certificates],
  );
