import {
  ImportColumns,
  JURISDICTION_COLUMNS,
  STANDARD_COLUMNS,
  TITLE_COLUMNS,
  USER_COLUMNS,
  WORKING_CALENDAR_COLUMNS,
} from '@app/domain';

/** One spreadsheet import the API offers: where it is uploaded and how its template is titled. */
export interface ImportKind {
  /** The path segment of its template: GET /imports/templates/:kind. */
  kind: string;
  /** The endpoint the filled template is uploaded to (multipart field "file"). */
  endpoint: string;
  /** Who may upload it, as a clerk reads it. */
  roles: string;
  /** The template's title row and file name, e.g. 往年称号导入模板. */
  title: string;
  /** The data sheet's name. */
  sheetName: string;
  /** The same definitions the importer reads the upload with. */
  columns: ImportColumns;
}

/**
 * Every import, by kind: the template endpoint and the tests iterate over this list, so an import added
 * here gets its template and the check that a filled template imports cleanly.
 */
export const IMPORT_KINDS: Readonly<Record<string, ImportKind>> = {
  titles: {
    kind: 'titles',
    endpoint: 'POST /titles/import',
    roles: 'ORGANIZER, ADMIN',
    title: '往年称号导入模板',
    sheetName: '称号',
    columns: TITLE_COLUMNS,
  },
  jurisdictions: {
    kind: 'jurisdictions',
    endpoint: 'POST /jurisdictions/import',
    roles: 'ADMIN',
    title: '行政区划与社区导入模板',
    sheetName: '行政区划',
    columns: JURISDICTION_COLUMNS,
  },
  users: {
    kind: 'users',
    endpoint: 'POST /users/import',
    roles: 'ORGANIZER (its own subtree), ADMIN',
    title: '用户账号导入模板',
    sheetName: '用户',
    columns: USER_COLUMNS,
  },
  standards: {
    kind: 'standards',
    endpoint: 'POST /standards/sheet',
    roles: 'ORGANIZER, ADMIN',
    title: '创建标准（考核细则）导入模板',
    sheetName: '考核细则',
    columns: STANDARD_COLUMNS,
  },
  'working-calendar': {
    kind: 'working-calendar',
    endpoint: 'POST /working-calendar/:year/import?source=',
    roles: 'ADMIN',
    title: '节假日安排（工作日历）导入模板',
    sheetName: '节假日安排',
    columns: WORKING_CALENDAR_COLUMNS,
  },
};
