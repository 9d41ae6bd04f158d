import { ProblemCode, validateItemScores } from '@app/domain';
import { buildStandard } from '../../../../libs/domain/src/standard/standard.fixture';
import { ApiError } from './api-error';
import { batchItemText, errorText, problemText } from './error-text';

describe('problemText', () => {
  // The problems as libs/domain builds them, so a change of code or params there shows here.
  const sheetProblems = (scores: Record<string, unknown>) =>
    validateItemScores(buildStandard(), 'URBAN', scores as Record<string, number>, { requireAll: true });

  it.each([
    [{ 'A-02': 4, 'B-01': 9 }, 'scores.A-01', '尚未评分（允许 0 至 10 分，步长 0.5）'],
    [{ 'A-01': 12, 'A-02': 4, 'B-01': 9 }, 'scores.A-01', '12 分超出范围（允许 0 至 10 分，步长 0.5）'],
    [
      { 'A-01': 4.3, 'A-02': 4, 'B-01': 9 },
      'scores.A-01',
      '4.3 不是 0.5 的整数倍（允许 0 至 10 分，步长 0.5）',
    ],
    [{ 'A-01': 'x', 'A-02': 4, 'B-01': 9 }, 'scores.A-01', '请填写数字（允许 0 至 10 分，步长 0.5）'],
    [{ 'A-01': 8, 'A-02': 4, 'B-01': 9, 'B-02': 3 }, 'scores.B-02', '此项不适用于城市社区'],
    [{ 'A-01': 8, 'A-02': 4, 'B-01': 9, 'V-01': 0 }, 'scores.V-01', '一票否决项不计分，请在否决项中勾选'],
    [{ 'A-01': 8, 'A-02': 4, 'B-01': 9, 'X-99': 1 }, 'scores.X-99', '不是所选标准中的指标'],
  ])('should say the score sheet problem of %j on %s by its code', (scores, field, expected) => {
    const problem = sheetProblems(scores).find((p) => p.field === field)!;
    expect(problem.code).toBeDefined();
    expect(problemText(problem)).toBe(expected);
  });

  it('should name the re-checked items when a score is outside the re-check', () => {
    const problem = {
      field: 'scores.A-02',
      message: 'anything',
      code: ProblemCode.ITEM_NOT_RECHECKED,
      params: { item: 'A-02', recheckedItems: 'A-01,B-01' },
    };
    expect(problemText(problem)).toBe('此项不在本轮复查范围内（复查：A-01、B-01）');
  });

  it('should read the code, not the message, when a problem has one', () => {
    const problem = { field: 'scores.A-01', message: 'reworded in English', code: ProblemCode.SCORE_MISSING };
    expect(problemText({ ...problem, params: { maxScore: 5, scoreStep: 1 } })).toBe(
      '尚未评分（允许 0 至 5 分，步长 1）',
    );
  });

  it('should fall back to the server’s message when the code is one the console does not know', () => {
    expect(problemText({ field: 'x', message: '请填写', code: 'SOMETHING_NEW' })).toBe('请填写');
    expect(problemText({ field: 'x', message: 'something new', code: 'SOMETHING_NEW' })).toBe(
      '此项有误（something new）',
    );
  });

  it.each([
    ['a return needs at least one reason the community can act on', '退回须至少写明一条理由'],
    [
      '考核组 张检查员（示范街道） belongs to the same street as this community (回避)',
      '考核组 张检查员（示范街道） 与该社区同属一个街道，须回避',
    ],
    [
      '考核组 张检查员 declared a conflict with this community: 本人配偶在该社区任职',
      '考核组 张检查员 已对该社区申请回避（本人配偶在该社区任职），不能指派',
    ],
    ['assign 2 to 5 inspectors; got 1', '须指派 2 至 5 名检查员，现为 1 名'],
    ['expected after applicationOpensAt (2026-01-01T00:00:00Z)', '须晚于申报开始时间'],
    [
      'expected at least the 7-day notice period after inspectionDueAt',
      '授牌日期须在检查验收截止后留出 7 天公示期',
    ],
  ])('should say %j in Chinese', (message, expected) => {
    expect(problemText({ field: 'x', message })).toBe(expected);
  });

  it('should keep Chinese text as it is and mark unknown English as the server’s words', () => {
    expect(problemText({ field: 'x', message: '请填写' })).toBe('请填写');
    expect(problemText({ field: 'x', message: 'something new' })).toBe('此项有误（something new）');
  });
});

describe('errorText', () => {
  const error = (status: number, body: object) => new ApiError(status, body);

  it.each([
    [
      'Batch 6f1c was already stopped at 2026-11-30T01:00:00.000Z; read its results or start a new batch',
      '已停止',
    ],
    [
      'Batch 6f1c was stopped at 2026-11-30T01:00:00.000Z and does not run again; start a new batch',
      '已停止',
    ],
    ['Batch 6f1c has finished (every case has a result), so there is nothing to stop', '执行完毕'],
  ])('should say what a batch 409 means in Chinese for %j', (message, expected) => {
    expect(errorText(error(409, { code: 'CONFLICT', message, details: {} }))).toContain(expected);
  });

  it('should say why a sign-in was refused by its reason, and that a session ended otherwise', () => {
    const refused = (reason?: string) =>
      errorText(error(401, { code: 'UNAUTHENTICATED', message: 'x', details: reason ? { reason } : {} }));
    expect(refused('WRONG_CREDENTIALS')).toBe('用户名或密码错误');
    expect(refused('ACCOUNT_DISABLED')).toBe('该账号已停用，请联系账号管理员。');
    expect(refused()).toBe('登录已过期，请重新登录。');
  });

  it('should say what is possible now on a 409 WRONG_STAGE', () => {
    expect(
      errorText(
        error(409, {
          code: 'WRONG_STAGE',
          message: 'x',
          details: { stage: 'SCORING', allowedActions: ['CONFIRM_SCORES', 'WITHDRAW'] },
        }),
      ),
    ).toBe('当前为「评分」，此操作现在不可执行。现在可以：确认评分、撤回。');
  });

  it.each([
    ['WRONG_STAGE', '案件当前处于“评分”阶段，已不在检查验收中，不能申请回避'],
    ['CONFLICT', '您已提交第1轮检查验收表，该评分有效，不能再申请回避；如确有利害关系，请联系组织方处理'],
  ])('should show a 409 %s the domain words in Chinese as it is', (code, message) => {
    expect(errorText(error(409, { code, message, details: { stage: 'SCORING' } }))).toBe(message);
  });

  it('should say to try again shortly and that the input is kept on a 503 and when offline', () => {
    expect(errorText(error(503, { code: 'SERVICE_UNAVAILABLE', message: 'down' }))).toContain('请稍后再试');
    expect(errorText(error(0, { message: 'Failed to fetch' }))).toContain('已填写的内容已保留');
  });

  it('should quote the correlation id of an unexpected error', () => {
    expect(errorText(error(500, { code: 'INTERNAL', message: 'x', correlationId: 'req-42' }))).toContain(
      'req-42',
    );
  });

  it('should show the deadline of a DEADLINE_PASSED in China time', () => {
    expect(
      errorText(
        error(409, { code: 'DEADLINE_PASSED', message: 'x', details: { dueAt: '2026-12-01T05:29:00Z' } }),
      ),
    ).toContain('2026年12月1日 13:29');
  });

  it('should say which files an upload takes on a 415, and a refused upload in the API’s Chinese', () => {
    const pdf = { code: 'UNSUPPORTED_MEDIA_TYPE', message: '只能上传 XLSX 或 CSV 文件；收到的是PDF (a.pdf)' };
    expect(errorText(error(415, pdf))).toBe(pdf.message);
    expect(errorText(error(415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send JSON' }))).toContain(
      'XLSX 或 CSV',
    );
    const two = {
      code: 'INVALID_REQUEST',
      message: '只能上传一个文件：请只附一个 XLSX 或 CSV 文件 (field "file")',
    };
    expect(errorText(error(400, two))).toBe(two.message);
  });
});

describe('batchItemText', () => {
  const refused = (details: Record<string, unknown>, code = 'VALIDATION_FAILED') => ({
    status: 409,
    code,
    message: 'Validation failed',
    details,
    correlationId: null,
  });

  it('should say why a case was refused on validation: each problem, in Chinese where the mapping has it', () => {
    const text = batchItemText(
      refused({
        problems: [
          {
            field: 'newDueAt',
            message: 'must be later than the current SELF_CHECK deadline 2026-12-31T16:00:00Z and than now',
          },
          { field: 'reason', message: 'a reason is required' },
        ],
      }),
    );
    expect(text).toBe('须晚于当前截止时间，且晚于现在；请写明理由');
  });

  it('should show the server’s words for a problem the mapping does not have, and the error’s when none is named', () => {
    expect(batchItemText(refused({ problems: [{ field: 'x', message: 'something new' }] }))).toBe(
      '此项有误（something new）',
    );
    expect(batchItemText(refused({}))).toBe('提交的内容有问题，请按各项提示修改。');
  });
});
