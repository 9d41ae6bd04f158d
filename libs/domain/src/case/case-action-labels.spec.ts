import { actionLabel } from './case-action-labels';

describe(actionLabel.name, () => {
  it('should name the audit trail’s CASE_OPENED in Chinese, as the other steps', () => {
    expect(actionLabel('CASE_OPENED')).toBe('发出创建通知');
    expect(actionLabel('CHASE')).toBe('催办');
    expect(actionLabel('CONFLICT_DECLARED')).toBe('登记回避申请');
    expect(actionLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});
