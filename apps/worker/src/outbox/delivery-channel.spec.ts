import { describeFailure, errorName } from './delivery-channel';

describe(describeFailure.name, () => {
  it("should add the cause's code when a network call failed", () => {
    const error = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    expect(describeFailure(error)).toBe('fetch failed: ECONNREFUSED');
  });

  it('should keep the message alone when there is no cause, and stringify what is not an error', () => {
    expect(describeFailure(new Error('Greeting never received'))).toBe('Greeting never received');
    expect(describeFailure('boom')).toBe('boom');
    expect(describeFailure(null)).toBe('null');
  });
});

describe(errorName.name, () => {
  it('should read the name of an abort by timeout, and nothing from a non-error', () => {
    expect(errorName(new DOMException('timed out', 'TimeoutError'))).toBe('TimeoutError');
    expect(errorName(undefined)).toBeUndefined();
  });
});
