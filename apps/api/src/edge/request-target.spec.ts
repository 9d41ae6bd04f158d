import { requestTargetProblem } from './request-target';

describe(requestTargetProblem.name, () => {
  it.each([
    '/campaigns/demo-2026-pingan/cases?stage=NOTICE&limit=20',
    '/public/campaigns/%E5%B9%B3%E5%AE%89/notice',
    '/titles?titleKind=%E5%B9%B3%E5%AE%89%E7%A4%BE%E5%8C%BA&communityId=c-01',
    '/titles?titleKind=a+b&x',
    '/docs',
  ])('should take %s', (target) => {
    expect(requestTargetProblem(target)).toBeNull();
  });

  it('should refuse a NUL in the path', () => {
    expect(requestTargetProblem('/public/campaigns/%00/notice')).toEqual({
      field: 'path',
      message: 'the path contains a NUL character (%00); remove it',
    });
  });

  it('should refuse a NUL in a query value, naming the parameter', () => {
    expect(requestTargetProblem('/titles?limit=1&titleKind=%00')).toEqual({
      field: 'titleKind',
      message: 'titleKind contains a NUL character (%00); remove it',
    });
  });

  it.each([
    ['a lone surrogate encoded as UTF-8', '/titles?titleKind=%ED%A0%80'],
    ['a character cut short', '/titles?titleKind=%E5%B9'],
    ['a stray continuation byte', '/titles?titleKind=%80'],
    ['Latin-1, not UTF-8', '/titles?titleKind=caf%E9'],
  ])('should refuse %s in a query value', (_name, target) => {
    expect(requestTargetProblem(target)).toEqual({
      field: 'titleKind',
      message:
        'titleKind is not valid UTF-8 once percent-decoded (a lone surrogate, or a character cut short)',
    });
  });

  it('should refuse a malformed escape and a bad parameter name', () => {
    expect(requestTargetProblem('/titles?titleKind=%zz')?.message).toContain(
      'not followed by two hex digits',
    );
    expect(requestTargetProblem('/titles?%00=1')).toEqual({
      field: 'query',
      message: "a query parameter's name contains a NUL character (%00); remove it",
    });
  });
});
