import { passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  const policy = { minLength: 10 };
  const messages = (password: string, username = 'zhangsan') =>
    passwordProblems(password, username, policy).map((problem) => problem.message);

  it('should accept a long password mixing two kinds of characters', () => {
    expect(passwordProblems('chuangjian-demo', 'organizer', policy)).toEqual([]);
    expect(passwordProblems('平安社区创建2026年度', 'clerk', policy)).toEqual([]);
  });

  it('should name the length when too short, counting characters not bytes', () => {
    expect(messages('abc-12')).toEqual(['must be at least 10 characters; it has 6']);
    expect(messages('平安社区-2026')).toEqual(['must be at least 10 characters; it has 9']);
  });

  it('should ask for two kinds of characters when there is one', () => {
    expect(messages('abcdefghijkl')).toEqual([
      'must mix at least two of letters, digits and other characters',
    ]);
    expect(messages('123456789012')).toEqual([
      'must mix at least two of letters, digits and other characters',
    ]);
  });

  it('should refuse a password containing the username, whatever its case', () => {
    expect(messages('ZhangSan-2026')).toEqual(['must not contain the username']);
  });

  it('should refuse a password beyond the maximum and list every problem at once', () => {
    expect(messages('a'.repeat(201))).toEqual([
      'must be at most 200 characters',
      'must mix at least two of letters, digits and other characters',
    ]);
    expect(passwordProblems('x', 'u', policy, 'newPassword').map((problem) => problem.field)).toEqual([
      'newPassword',
      'newPassword',
    ]);
  });
});
