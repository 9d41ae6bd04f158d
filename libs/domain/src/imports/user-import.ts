import {
  AccountDraft,
  accountDraftProblems,
  AccountManager,
  ScopeNode,
} from '../accounts/account-management';
import { AccountRole, roleFromText } from '../accounts/account-roles';
import type { PasswordPolicy } from '../accounts/password-policy';
import { duplicatesInFile, ImportColumn, KeyedRow, RowProblem } from './import-sheet';

type UserColumn = 'username' | 'displayName' | 'role' | 'scopeId' | 'password' | 'email';

/** The columns of a users file (用户); 初始密码 left empty gets a generated one, shown once. */
export const USER_COLUMNS: ImportColumn<UserColumn>[] = [
  { key: 'username', header: '用户名', aliases: ['username', '账号'], required: true },
  { key: 'displayName', header: '姓名', aliases: ['display_name', '名称'], required: true },
  { key: 'role', header: '角色', aliases: ['role'], required: true },
  { key: 'scopeId', header: '管辖范围', aliases: ['scope_id', '所属编码'], required: false },
  { key: 'password', header: '初始密码', aliases: ['password'], required: false },
  { key: 'email', header: '邮箱', aliases: ['email'], required: false },
];

const HEADER = Object.fromEntries(USER_COLUMNS.map((column) => [column.key, column.header])) as Record<
  UserColumn,
  string
>;

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
export function userImportReferences(rows: KeyedRow<UserColumn>[]): {
  usernames: string[];
  scopeIds: string[];
} {
  const distinct = (key: UserColumn) => [...new Set(rows.map((row) => row.values[key]).filter(Boolean))];
  return { usernames: distinct('username'), scopeIds: distinct('scopeId') };
}

/**
 * Checks every row with the same rules as one account created through the API (accountDraftProblems),
 * plus usernames unique within the file; records only when there is no problem at all.
 */
export function validateUserRows(
  rows: KeyedRow<UserColumn>[],
  context: UserImportContext,
): { records: UserImportRecord[]; problems: RowProblem[] } {
  const drafts = rows.map((row) => ({ row: row.row, draft: draftOf(row.values) }));
  const problems = [
    ...drafts.flatMap(({ row, draft }) => rowProblems(row, draft, context)),
    ...duplicatesInFile(rows, 'username', HEADER.username),
  ];
  if (problems.length > 0) return { records: [], problems };
  const records = drafts.map(({ row, draft }) => ({ row, ...draft, role: draft.role as AccountRole }));
  return { records, problems: [] };
}

function draftOf(values: Record<UserColumn, string>): AccountDraft {
  return {
    username: values.username,
    displayName: values.displayName,
    // A word the rules do not know stays as typed, so the problem names it.
    role: roleFromText(values.role) ?? values.role,
    scopeId: values.scopeId || null,
    password: values.password || null,
    email: values.email || null,
  };
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
    problem:
      problem.field === 'role' && draft.role !== ''
        ? roleMessage(draft.role, problem.message)
        : problem.message,
  }));
}

function roleMessage(role: string, message: string): string {
  return message.startsWith('expected one of')
    ? `${message}, or 组织方/社区/检查员/观察/管理员; got ${role}`
    : message;
}
