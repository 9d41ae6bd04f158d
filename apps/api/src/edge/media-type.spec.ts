import { DomainErrorCode } from '@app/domain';
import { BodyMediaType, declaredSizeProblem, hasBody, mediaTypeProblem } from './media-type';

describe(mediaTypeProblem.name, () => {
  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON; charset="UTF-8"',
    'application/json;charset=utf8',
  ])('should take %s on a JSON route', (contentType) => {
    expect(mediaTypeProblem(contentType, BodyMediaType.JSON)).toBeNull();
  });

  it.each([
    [undefined, 'no Content-Type'],
    ['text/plain', '"text/plain"'],
    ['multipart/form-data; boundary=x', '"multipart/form-data; boundary=x"'],
    ['application/merge-patch+json', '"application/merge-patch+json"'],
    ['application/json garbage', '"application/json garbage"'],
  ])('should answer 415 to %s on a JSON route, naming what is expected', (contentType, quoted) => {
    const error = mediaTypeProblem(contentType, BodyMediaType.JSON);
    expect(error?.code).toBe(DomainErrorCode.UNSUPPORTED_MEDIA_TYPE);
    expect(error?.message).toBe(`Send the body as Content-Type: application/json (UTF-8), not ${quoted}`);
    expect(error?.details).toMatchObject({ expected: 'application/json' });
  });

  it('should answer 415 to JSON in another charset', () => {
    const error = mediaTypeProblem('application/json; charset=utf-16', BodyMediaType.JSON);
    expect(error?.code).toBe(DomainErrorCode.UNSUPPORTED_MEDIA_TYPE);
    expect(error?.message).toBe('JSON is read as UTF-8 only: send charset=utf-8 (or none), not "utf-16"');
  });

  it('should take multipart with a boundary on an upload route, 415 anything else, 400 without a boundary', () => {
    expect(mediaTypeProblem('multipart/form-data; boundary=----x', BodyMediaType.MULTIPART)).toBeNull();
    expect(mediaTypeProblem('application/json', BodyMediaType.MULTIPART)?.code).toBe(
      DomainErrorCode.UNSUPPORTED_MEDIA_TYPE,
    );
    expect(mediaTypeProblem('multipart/form-data', BodyMediaType.MULTIPART)?.code).toBe(
      DomainErrorCode.INVALID_REQUEST,
    );
  });
});

describe(hasBody.name, () => {
  it('should see a body in a positive length or a chunked transfer, not in length 0 or none', () => {
    expect(hasBody({ 'content-length': '12' })).toBe(true);
    expect(hasBody({ 'transfer-encoding': 'chunked' })).toBe(true);
    expect(hasBody({ 'content-length': '0' })).toBe(false);
    expect(hasBody({})).toBe(false);
  });
});

describe(declaredSizeProblem.name, () => {
  it('should answer 413 to a declared length over 1 MiB', () => {
    expect(declaredSizeProblem(String(1024 * 1024))).toBeNull();
    expect(declaredSizeProblem(String(1024 * 1024 + 1))?.code).toBe(DomainErrorCode.PAYLOAD_TOO_LARGE);
  });
});
