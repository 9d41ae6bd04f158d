import { prefers, READ_YOUR_WRITES } from './action-request.decorator';

describe('prefers: reading a Prefer header', () => {
  it.each([
    ['read-your-writes', true],
    ['Read-Your-Writes', true],
    ['respond-async, read-your-writes', true],
    ['return=minimal,read-your-writes; strict', true],
    ['return=representation', false],
    ['read-your-writes-later', false],
    ['', false],
  ])('should find read-your-writes in %j: %s', (header, expected) => {
    expect(prefers(header, READ_YOUR_WRITES)).toBe(expected);
  });

  it('should find nothing when the header is absent', () => {
    expect(prefers(undefined, READ_YOUR_WRITES)).toBe(false);
  });
});
