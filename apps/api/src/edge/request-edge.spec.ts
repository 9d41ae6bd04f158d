import type { Socket } from 'node:net';
import { answerClientError } from './request-edge';

/** A socket that records what is written to it. */
function fakeSocket(): { socket: Socket; written: string[]; destroyed: () => boolean } {
  const written: string[] = [];
  let destroyed = false;
  const socket = {
    writable: true,
    get destroyed() {
      return destroyed;
    },
    write: (chunk: string) => written.push(chunk),
    destroy: () => {
      destroyed = true;
    },
  } as unknown as Socket;
  return { socket, written, destroyed: () => destroyed };
}

const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)) as unknown;

describe(answerClientError.name, () => {
  it('should answer a request Node could not parse (a NUL in a header) with the API error body, then close', () => {
    const { socket, written, destroyed } = fakeSocket();
    answerClientError(Object.assign(new Error('Parse Error'), { code: 'HPE_INVALID_HEADER_TOKEN' }), socket);
    expect(written[0]).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(bodyOf(written[0])).toEqual({
      statusCode: 400,
      code: 'INVALID_REQUEST',
      message: 'The request is not valid HTTP: the request line or a header holds a byte HTTP does not allow',
      details: {
        problems: [
          {
            field: 'request',
            message:
              'The request is not valid HTTP: the request line or a header holds a byte HTTP does not allow',
          },
        ],
      },
    });
    expect(destroyed()).toBe(true);
  });

  it('should answer 431 to headers that are too large', () => {
    const { socket, written } = fakeSocket();
    answerClientError(Object.assign(new Error('overflow'), { code: 'HPE_HEADER_OVERFLOW' }), socket);
    expect(written[0]).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(written[0])).toMatchObject({ statusCode: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' });
  });

  it('should write nothing to a connection the client reset', () => {
    const { socket, written } = fakeSocket();
    answerClientError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }), socket);
    expect(written).toEqual([]);
  });
});
