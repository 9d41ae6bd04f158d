import { ApiError } from './api-error';
import { errorText, problemText } from './error-text';

describe('problemText', () => {
  it.each([
    ['A-01: no score given (allowed 0 to 10 in steps of 0.5)', '尚未评分（允许 0 至 10 分，步长 0.5）'],
    ['A-01: 12 is out of range (allowed 0 to 10 in steps of 1)', '12 分超出范围（允许 0 至 10 分，步长 1）'],
    [
      'B-02: 4.3 is not a multiple of 0.5 (allowed 0 to 5 in steps of 0.5)',
      '4.3 不是 0.5 的整数倍（允许 0 至 5 分，步长 0.5）',
    ],
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
});
