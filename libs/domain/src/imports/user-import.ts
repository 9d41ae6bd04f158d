import {
  AccountDraft,
  accountDraftProblems,
  AccountManager,
  ScopeNode,
} from '../accounts/account-management';
import { ACCOUNT_ROLES, AccountRole, ROLE_WORDS } from '../accounts/account-roles';
import type { PasswordPolicy } from '../accounts/password-policy';
import { RowProblem } from './header-row';
import { EnumOption, ImportColumns } from './import-column';
import { duplicatesInFile, ImportRow, PartialImportRow } from './import-sheet';

/** Each role with the words a sheet may use for it; the first label is the template's drop-down entry. */
const ROLE_OPTIONS: EnumOption<AccountRole>[] = ACCOUNT_ROLES.map((role) => ({
  value: role,
  labels: Object.entries(ROLE_WORDS)
    .filter(([, value]) => value === role)
    .map(([word]) => word),
}));

/** The columns of a users file (用户); 初始密码 left empty gets a generated one, shown once. */
export const USER_COLUMNS = {
  username: {
    header: '用户名',
    aliases: ['username', '账号'],
    required: true,
    type: 'code',
    maxLength: 64,
    example: 'clerk-c01',
    note: '登录用的账号：2–64 个字母、数字或 . _ @ -，以字母或数字开头；全系统唯一',
  },
  displayName: {
    header: '姓名',
    aliases: ['display_name', '名称'],
    required: true,
    type: 'text',
    maxLength: 100,
    example: '张晓明',
    note: '显示在待办、审计记录中的姓名或单位名称',
  },
  role: {
    header: '角色',
    aliases: ['role'],
    required: true,
    type: 'enum',
    options: ROLE_OPTIONS,
    example: '社区',
    note: '组织方、社区、检查员、观察 或 管理员（只有管理员可以授予管理员）',
  },
  scopeId: {
    header: '管辖范围',
    aliases: ['scope_id', '所属编码'],
    required: false,
    type: 'code',
    maxLength: 64,
    example: 'c-01',
    note: '所属行政区划或社区的编码：社区账号填本社区，组织方填街道及以上，检查员填所在街道或社区；管理员留空',
  },
  password: {
    header: '初始密码',
    aliases: ['password'],
    required: false,
    type: 'text',
    maxLength: 128,
    example: null,
    note: '至少 10 位，含字母、数字或符号中的两类，且不含用户名；留空则系统生成并在导入结果中显示一次',
  },
  email: {
    header: '邮箱',
    aliases: ['email'],
    required: false,
    // An address is compared by machines, so full-width letters typed in an IME are read as half-width.
    type: 'code',
    maxLength: 254,
    example: null,
    note: '接收通知邮件的地址（可空）',
  },
} as const satisfies ImportColumns;

type UserColumns = typeof USER_COLUMNS;
type UserColumn = keyof UserColumns;

const HEADER = Object.fromEntries(
  Object.entries(USER_COLUMNS).map(([key, column]) => [key, column.header]),
) as Record<UserColumn, string>;

/** A user row that passed every check; password null means "generate one". */
export interface UserImportRecord extends AccountDraft {
  row: number;
  role: AccountRole;
}

/** What the database knows about the file's references, looked up in bulk before validating. */
export interface UserImportContext {
  manager: AccountManager;
  /** The scope nodes named in the file that exist (any level, anywhere: the rules check). */
  scopes: Map<string, ScopeNode>;
  /** Usernames of the file that some account already has. */
  takenUsernames: Set<string>;
  passwordPolicy: PasswordPolicy;
}

/** The usernames and scope ids to look up for a file. */
export function userImportReferences(rows: ImportRow<UserColumns>[]): {
  usernames: string[];
  scopeIds: string[];
} {
  const distinct = (values: (string | null)[]) => [
    ...new Set(values.filter((value): value is string => value !== null)),
  ];
  return {
    usernames: distinct(rows.map((row) => row.values.username)),
    scopeIds: distinct(rows.map((row) => row.values.scopeId)),
  };
}

/**
 * Checks every row with the same rules as one account created through the API (accountDraftProblems),
 * plus usernames unique within the file; records only when there is no problem at all. `incomplete`
 * rows (cells already refused) still count for uniqueness within the file.
 */
export function validateUserRows(
  rows: ImportRow<UserColumns>[],
  incomplete: PartialImportRow<UserColumns>[],
  context: UserImportContext,
): { records: UserImportRecord[]; problems: RowProblem[] } {
  const drafts = rows.map((row) => ({ row: row.row, draft: draftOf(row.values) }));
  const problems = [
    ...drafts.flatMap(({ row, draft }) => rowProblems(row, draft, context)),
    ...duplicatesInFile([...rows, ...incomplete], 'username', HEADER.username),
  ];
  if (problems.length > 0) return { records: [], problems };
  const records = drafts.map(({ row, draft }) => ({ row, ...draft, role: draft.role as AccountRole }));
  return { records, problems: [] };
}

function draftOf(values: ImportRow<UserColumns>['values']): AccountDraft {
  return { ...values };
}

function rowProblems(row: number, draft: AccountDraft, context: UserImportContext): RowProblem[] {
  const problems = accountDraftProblems(draft, {
    manager: context.manager,
    scope: draft.scopeId === null ? undefined : context.scopes.get(draft.scopeId),
    usernameTaken: context.takenUsernames.has(draft.username),
    passwordPolicy: context.passwordPolicy,
  });
  return problems.map((problem) => ({
    row,
    column: HEADER[problem.field as UserColumn],
    problem: problem.message,
  }));
}
