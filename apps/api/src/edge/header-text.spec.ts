import { headerProblem } from './header-text';

// Node hands header values over decoded as Latin-1: one character per byte.
const latin1 = (bytes: number[]) => Buffer.from(bytes).toString('latin1');

describe(headerProblem.name, () => {
  it('should take ASCII headers and UTF-8 ones', () => {
    const utf8 = Buffer.from('张先生', 'utf8').toString('latin1');
    expect(headerProblem(['Host', 'x', 'User-Agent', 'curl/8\t1', 'X-Name', utf8])).toBeNull();
  });

  it('should refuse a header whose bytes are not UTF-8, naming it', () => {
    expect(headerProblem(['Host', 'x', 'X-Request-Id', `a${latin1([0xff, 0xfe])}b`])).toEqual({
      field: 'X-Request-Id',
      message: 'the X-Request-Id header is not valid UTF-8',
    });
    expect(headerProblem(['Prefer', latin1([0xed, 0xa0, 0x80])])?.field).toBe('Prefer');
  });
});
