import { actionLabel, STAGE_LABELS, CaseStage, LoginRefusal, ProblemCode } from '@app/domain';
import type { ApiError, Problem } from './api-error';
import { showDateTime } from '../common/local-time';

/**
 * The API answers in English for developers; a clerk reads Chinese. This is the one place that turns an
 * error (status, code, details) and each named problem into the words the console shows: by the error's
 * code, and by each problem's code (libs/domain's ProblemCode) with the values it carries.
 */

type Params = Record<string, string | number | undefined>;

const range = (p: Params) => `允许 0 至 ${p.maxScore} 分，步长 ${p.scoreStep}`;
const kindName = (kind: unknown) => (kind === 'RURAL' ? '农村社区' : '城市社区');

/** Why a sign-in was refused (`details.reason`); any other 401 is a session that ended. */
const LOGIN_REFUSALS: Record<string, string> = {
  [LoginRefusal.WRONG_CREDENTIALS]: '用户名或密码错误',
  [LoginRefusal.ACCOUNT_DISABLED]: '该账号已停用，请联系账号管理员。',
};

/** Every problem code the API sends, in Chinese (a new code fails the typecheck until it is here). */
const PROBLEM_TEXTS: Record<ProblemCode, (p: Params) => string> = {
  [ProblemCode.SCORE_MISSING]: (p) => `尚未评分（${range(p)}）`,
  [ProblemCode.SCORE_NOT_A_NUMBER]: (p) => `请填写数字（${range(p)}）`,
  [ProblemCode.SCORE_OUT_OF_RANGE]: (p) => `${p.value} 分超出范围（${range(p)}）`,
  [ProblemCode.SCORE_OFF_STEP]: (p) => `${p.value} 不是 ${p.scoreStep} 的整数倍（${range(p)}）`,
  [ProblemCode.SCORE_TOO_PRECISE]: (p) => `${p.value} 最多保留两位小数`,
  [ProblemCode.ITEM_NOT_IN_STANDARD]: () => '不是所选标准中的指标',
  [ProblemCode.ITEM_NOT_FOR_KIND]: (p) => `此项不适用于${kindName(p.kind)}`,
  [ProblemCode.VETO_ITEM_NOT_SCORED]: () => '一票否决项不计分，请在否决项中勾选',
  [ProblemCode.ITEM_NOT_RECHECKED]: (p) =>
    `此项不在本轮复查范围内（复查：${String(p.recheckedItems ?? '').replaceAll(',', '、') || '无'}）`,
};

type Rule = [RegExp, (match: RegExpExecArray) => string];

/**
 * Problems whose rule does not yet send a code, read by their English message until it does (each code
 * added in libs/domain moves its line up into PROBLEM_TEXTS).
 */
const UNCODED_PROBLEM_RULES: Rule[] = [
  [/is not a number/, () => '请填写数字'],
  [/is not an item of standard/, () => '不是所选标准中的指标'],
  [
    /does not apply to (urban|rural) communities/,
    (m) => `此项不适用于${m[1] === 'urban' ? '城市社区' : '农村社区'}`,
  ],
  [/is not a veto item/, () => '不是一票否决项'],
  [/is not a scored item for this community/, () => '此项不是该社区的计分指标'],
  [/evidence for an item that has no self-check score/, () => '此项没有自评分，不能附佐证'],
  [/a return needs at least one reason/, () => '退回须至少写明一条理由'],
  [/changing assigned inspectors \(转办\) needs a reason/, () => '更换检查员（转办）须写明理由'],
  [
    /assign (\d+) to (\d+) inspectors; got (\d+)/,
    (m) => `须指派 ${m[1]} 至 ${m[2]} 名检查员，现为 ${m[3]} 名`,
  ],
  [/^(.+) belongs to the same street as this community/, (m) => `${m[1]} 与该社区同属一个街道，须回避`],
  [/^(.+) belongs to this community/, (m) => `${m[1]} 属于该社区，须回避`],
  [
    /^(.+) declared a conflict with this community: (.*)$/,
    (m) => `${m[1]} 已对该社区申请回避（${m[2]}），不能指派`,
  ],
  [/listed twice/, () => '同一检查员重复指派'],
  [/has already submitted a check and stays assigned/, () => '已提交检查的检查员不能撤换'],
  [/^(\S+) is not an inspector/, (m) => `${m[1]} 不是检查员`],
  [/is not a community inside the campaign's scope/, () => '不是本活动范围内的社区'],
  [/expected a new due date later than now/, () => '新的截止时间须晚于现在'],
  [/must be later than the current (\w+) (due date|deadline)/, () => '须晚于当前截止时间，且晚于现在'],
  [/the application window has already closed/, () => '申报期已结束，不能再延期'],
  [/a reason is required|needs a reason/, () => '请写明理由'],
  [/expected an ISO( 8601)? date-time|must be an ISO 8601 date-time/, () => '请选择日期和时间'],
  [/expected (on or )?after (\w+)/, (m) => `须${m[1] ? '不早于' : '晚于'}${SCHEDULE_LABELS[m[2]] ?? m[2]}`],
  [/expected a title/, () => '请填写活动名称'],
  [/expected a whole year/, () => '请填写 2000 至 2100 之间的年度'],
  [/expected a whole version number/, () => '请选择标准版本'],
  [/expected a percent from 0 to 100/, () => '请填写 0 至 100 的百分比（最多两位小数）'],
  [/expected at least newTitlesPercent/, () => '累计目标不能低于新创建目标'],
  [/expected a whole number of days from 1 to 60/, () => '请填写 1 至 60 的天数'],
  [/expected at least the (\d+)-day notice period/, (m) => `授牌日期须在检查验收截止后留出 ${m[1]} 天公示期`],
  [/expected a list of at most 10 whole numbers of days/, () => '最多 10 个提醒天数，每个不少于 1 天'],
  [/expected a whole number of days, 1 or more/, () => '请填写不少于 1 的天数'],
  [/expected a date still ahead/, () => '申报截止时间已过，请先调整时间安排'],
  [/expected at least one eligible community/, () => '所选范围内没有符合条件的社区'],
  [
    /has no items for (urban|rural) communities/,
    (m) => `所选标准没有适用于${m[1] === 'urban' ? '城市社区' : '农村社区'}的指标`,
  ],
  [/expected an existing standard version/, () => '所选标准版本不存在'],
  [/expected a jurisdiction within your scope/, () => '须在您的管辖范围内'],
  [/expected the office of a street/, () => '须为街道及以上单位'],
  [/expected a jurisdiction within the organizer's subtree/, () => '须在组织单位的辖区内'],
  [/must be between (\d+) and (\d+)/, (m) => `须在 ${m[1]} 至 ${m[2]} 之间`],
  [/must be a whole number/, () => '须为整数'],
  [/must be longer than or equal to (\d+)/, (m) => `至少 ${m[1]} 个字`],
  [/must be shorter than or equal to (\d+)/, (m) => `最多 ${m[1]} 个字`],
  [/should not be empty|must not be empty/, () => '必填'],
  [/must be a string/, () => '请填写文字'],
  [/must be an? (object|array)/, () => '格式不正确'],
  [/Idempotency-Key/, () => '请求编号格式不正确，请刷新页面后重试'],
];

const SCHEDULE_LABELS: Record<string, string> = {
  applicationOpensAt: '申报开始时间',
  applicationDueAt: '申报截止时间',
  selfCheckDueAt: '自查截止时间',
  inspectionStartsAt: '检查开始时间',
  inspectionDueAt: '检查截止时间',
  awardAt: '授牌日期',
};

function isProblemCode(code: string | undefined): code is ProblemCode {
  return code !== undefined && Object.prototype.hasOwnProperty.call(PROBLEM_TEXTS, code);
}

/**
 * One problem the API named, in Chinese: by its code; without one, by the rules above; else the server's
 * own message (marked as such when it is not Chinese).
 */
export function problemText(problem: Problem): string {
  if (isProblemCode(problem.code)) return PROBLEM_TEXTS[problem.code](problem.params ?? {});
  for (const [pattern, say] of UNCODED_PROBLEM_RULES) {
    const match = pattern.exec(problem.message);
    if (match) return say(match);
  }
  return /[\u4e00-\u9fff]/.test(problem.message) ? problem.message : `此项有误（${problem.message}）`;
}

const CHINESE_FIRST = /^[\u4e00-\u9fff]/;

function stageLabel(stage: unknown): string {
  if (typeof stage !== 'string') return '';
  return stage in STAGE_LABELS ? STAGE_LABELS[stage as CaseStage] : stage;
}

/** What the console says about an error as a whole (problems are shown beside their fields). */
export function errorText(
  error: Pick<ApiError, 'status' | 'code' | 'message' | 'details' | 'correlationId'>,
): string {
  if (error.status === 0) return '无法连接服务器：请检查网络后重试。已填写的内容已保留。';
  if (error.status === 502 || error.status === 503 || error.status === 504) {
    return '服务暂时不可用，请稍后再试。已填写的内容已保留。';
  }
  // A refusal the domain already words for the person acting (e.g. 申请回避's 409s) is shown as it is.
  if ((error.code === 'WRONG_STAGE' || error.code === 'CONFLICT') && CHINESE_FIRST.test(error.message))
    return error.message;
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return LOGIN_REFUSALS[String(error.details.reason)] ?? '登录已过期，请重新登录。';
    case 'FORBIDDEN':
      return '您的角色无权执行此操作。';
    case 'NOT_FOUND':
      return '没有找到，或不在您的管辖范围内。';
    case 'WRONG_STAGE': {
      const allowed = Array.isArray(error.details.allowedActions)
        ? error.details.allowedActions.map(String)
        : [];
      const now =
        allowed.length > 0
          ? `现在可以：${allowed.map(actionLabel).join('、')}。`
          : '现在不能再对它做任何操作。';
      const stage = error.details.stage ?? error.details.status;
      return `${stage ? `当前为「${stageLabel(stage)}」，` : ''}此操作现在不可执行。${now}`;
    }
    case 'DEADLINE_PASSED': {
      const dueAt = error.details.dueAt;
      return `已超过截止时间${typeof dueAt === 'string' ? `（${showDateTime(dueAt)}）` : ''}，不能再提交；如需延期请联系组织方。`;
    }
    case 'CONFLICT':
      return conflictText(error.message);
    case 'INVALID_REQUEST':
      // An upload's own refusal (只能上传一个文件) is already said in Chinese.
      return /[\u4e00-\u9fff]/.test(error.message) ? error.message : '提交的内容格式有误，请按各项提示修改。';
    case 'UNSUPPORTED_MEDIA_TYPE':
      return /[\u4e00-\u9fff]/.test(error.message)
        ? error.message
        : '文件格式不受支持：只能上传 XLSX 或 CSV 文件。';
    case 'VALIDATION_FAILED':
    case 'INVALID_SCORES':
      return '提交的内容有问题，请按各项提示修改。';
    default:
      return error.status >= 500
        ? `系统出错了。请把关联编号 ${error.correlationId ?? '（无）'} 告诉管理员。`
        : `操作未成功（${error.status}）。`;
  }
}

/**
 * Why one case of a batch was refused (or failed): for a submission refused on validation, each problem the
 * server named, in Chinese where the mapping above has it (else the server's words); otherwise the error's.
 */
export function batchItemText(
  error: Pick<ApiError, 'status' | 'code' | 'message' | 'details' | 'correlationId'>,
): string {
  const problems = Array.isArray(error.details.problems)
    ? error.details.problems.filter(
        (p): p is Problem =>
          typeof p === 'object' &&
          p !== null &&
          typeof (p as Problem).field === 'string' &&
          typeof (p as Problem).message === 'string',
      )
    : [];
  if (problems.length === 0) return errorText(error);
  return problems.map(problemText).join('；');
}

function conflictText(message: string): string {
  if (/already submitted your check/.test(message)) return '您已提交本轮检查，无需重复提交。';
  if (/^Batch .* (was already stopped|does not run again)/.test(message))
    return '此批量操作已停止，不能继续执行；如需处理未执行的案件，请在案件列表中重新发起批量操作。';
  if (/^Batch .* has finished/.test(message)) return '此批量操作已全部执行完毕，无需停止。';
  if (/already exists/.test(message)) return '编号已被使用，请换一个。';
  if (/launched or cancelled meanwhile|changed status meanwhile/.test(message))
    return '活动状态刚刚改变，请刷新后重试。';
  if (/only a DRAFT can be launched/.test(message)) return '只有草稿状态的活动可以发布。';
  if (/is cancelled/.test(message)) return '活动已取消，不能再修改。';
  if (/is launched;/.test(message)) return '活动已发布，只能修改名称、目标和并列规则。';
  return `与现有记录冲突，请刷新后重试。`;
}
