import { describeOperation, pathOf } from '../support/openapi-operations';
import { admin, campaignId, operations, organizer, send, t, useHostileWorld } from '../support/hostile-world';

// Its own tree (hp-…), so this file never meets another spec file's in the shared database.
// Paths, queries and headers; the other examples of issue 9 §2 are in hostile-input-*.e2e-spec.ts.
describe('hostile input (400, 404, 413, 415; never 500, never a change)', () => {
  useHostileWorld('hp');

  describe('paths, queries and headers', () => {
    it('should answer 400 to a NUL in any path parameter of any operation (e.g. /public/campaigns/%00/notice)', async () => {
      const withPath = operations.filter((operation) => operation.path.length > 0);
      expect(withPath.length).toBeGreaterThan(20);
      for (const operation of withPath) {
        for (const parameter of operation.path) {
          const response = await send(operation, pathOf(operation, { [parameter.name]: 'a%00b' }));
          expect([
            describeOperation(operation),
            parameter.name,
            response.status,
            response.body.details,
          ]).toEqual([
            describeOperation(operation),
            parameter.name,
            400,
            { problems: [{ field: 'path', message: 'the path contains a NUL character (%00); remove it' }] },
          ]);
        }
      }
    });

    it('should answer 400 naming the parameter to a NUL in any query parameter (e.g. ?titleKind=%00)', async () => {
      for (const operation of operations.filter((candidate) => candidate.query.length > 0)) {
        for (const parameter of operation.query) {
          const response = await send(operation, `${pathOf(operation, {})}?${parameter.name}=%00`).set(
            'Authorization',
            `Bearer ${admin.token}`,
          );
          expect([describeOperation(operation), response.status, response.body.details]).toEqual([
            describeOperation(operation),
            400,
            {
              problems: [
                {
                  field: parameter.name,
                  message: `${parameter.name} contains a NUL character (%00); remove it`,
                },
              ],
            },
          ]);
        }
      }
    });

    it.each([
      ['a lone surrogate', '%ED%A0%80'],
      ['a character cut short', '%E5%B9'],
      ['Latin-1', 'caf%E9'],
    ])('should answer 400 to %s in a path or a query, never read it as U+FFFD', async (_name, encoded) => {
      const inPath = await t.http().get(`/public/campaigns/${encoded}/notice`).expect(400);
      expect(inPath.body.details.problems[0].field).toBe('path');
      const inQuery = await t.as(organizer).get(`/titles?titleKind=${encoded}`).expect(400);
      expect(inQuery.body.details.problems).toEqual([
        {
          field: 'titleKind',
          message:
            'titleKind is not valid UTF-8 once percent-decoded (a lone surrogate, or a character cut short)',
        },
      ]);
    });

    it('should answer 400 to a path segment over 100 characters', async () => {
      const response = await t
        .http()
        .get(`/public/campaigns/${'a'.repeat(101)}/notice`)
        .expect(400);
      expect(response.body.details.problems).toEqual([
        { field: 'path', message: 'a path segment is longer than 100 characters' },
      ]);
    });

    it('should answer 400 naming the header whose bytes are not UTF-8', async () => {
      const response = await t
        .http()
        .get(`/public/campaigns/${campaignId}/notice`)
        .set('Prefer', Buffer.from([0x61, 0xed, 0xa0, 0x80]).toString('latin1'))
        .expect(400);
      expect(response.body.details.problems).toEqual([
        { field: 'Prefer', message: 'the Prefer header is not valid UTF-8' },
      ]);
    });

    it('should answer 400 naming the parameter and its range to every integer query parameter out of range or not in digits', async () => {
      const integers = operations.flatMap((operation) =>
        operation.query
          .filter((parameter) => parameter.schema.type === 'integer')
          .map((parameter) => ({ operation, parameter })),
      );
      expect(integers.map(({ parameter }) => parameter.name)).toEqual(
        expect.arrayContaining(['offset', 'year', 'afterChainIndex', 'limit']),
      );
      for (const { operation, parameter } of integers) {
        const { minimum, maximum } = parameter.schema;
        for (const value of [
          '1e20',
          '9007199254740993',
          String(maximum! + 1),
          String(minimum! - 1),
          '1.0',
          '',
          'x',
        ]) {
          const response = await t
            .as(admin)
            // A real campaign: an unknown one is 404 before its query is read (the scope guard runs first).
            .get(
              `${pathOf(operation, { campaignId, id: campaignId })}?${parameter.name}=${encodeURIComponent(value)}`,
            );
          expect([describeOperation(operation), value, response.status, response.body.details]).toEqual([
            describeOperation(operation),
            value,
            400,
            {
              problems: [
                {
                  field: parameter.name,
                  message: `${parameter.name} must be a whole number from ${minimum} to ${maximum}, written in digits`,
                },
              ],
            },
          ]);
        }
      }
    });

    it('should read the largest offset exactly rather than fail with "bigint out of range"', async () => {
      const response = await t.as(organizer).get('/titles?offset=2147483647').expect(200);
      expect(response.body).toMatchObject({ items: [], offset: 2147483647 });
    });
  });
});
