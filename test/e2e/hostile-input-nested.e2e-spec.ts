import { randomUUID } from 'node:crypto';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { campaignBody } from '../support/campaign-body';
import {
  admin,
  campaign,
  campaignId,
  caseFile,
  clerk,
  DEPTH_PROBLEM,
  organizer,
  t,
  useHostileWorld,
} from '../support/hostile-world';

// Ids prefixed hx- so this file's tree never meets another spec file's in the shared database.
// Nested objects and case actions; the other examples of issue 9 §2 are in hostile-input-*.e2e-spec.ts.
describe('hostile input (400, 404, 413, 415; never 500, never a change)', () => {
  useHostileWorld('hx');

  describe('PATCH /campaigns/:id and other nested objects', () => {
    it.each([
      [{ schedule: null }, 'schedule', 'schedule must be an object'],
      [{ targets: null }, 'targets', 'targets must be an object'],
      [{ title: null }, 'title', 'title must be a string'],
      [
        { awardPolicy: { validityYears: null } },
        'awardPolicy.validityYears',
        'validityYears must be a number conforming to the specified constraints',
      ],
      [{ title: 'a\u0000b' }, 'title', 'title contains a NUL character (\\u0000); remove it'],
    ])('should answer 400 to %j naming %s, and change nothing', async (patch, field, message) => {
      const before = await campaign();
      const response = await t.as(organizer).patch(`/campaigns/${campaignId}`, patch).expect(400);
      expect(response.body.code).toBe('INVALID_REQUEST');
      expect(response.body.details.problems).toContainEqual({ field, message });
      expect(await campaign()).toEqual(before);
    });

    it('should answer 400 to a lone surrogate in the title rather than store U+FFFD', async () => {
      const before = await campaign();
      const response = await t
        .http()
        .patch(`/campaigns/${campaignId}`)
        .set('Authorization', `Bearer ${organizer.token}`)
        .set('Content-Type', 'application/json')
        .send('{"title":"平安\\ud800社区"}')
        .expect(400);
      expect(response.body.details.problems).toEqual([
        {
          field: 'title',
          message: 'title contains a lone UTF-16 surrogate, which is not a character; send valid Unicode',
        },
      ]);
      expect(await campaign()).toEqual(before);
    });

    it('should answer 415 to a PATCH sent as multipart or as UTF-16 instead of reading an empty patch', async () => {
      const before = await campaign();
      const multipart = await t
        .http()
        .patch(`/campaigns/${campaignId}`)
        .set('Authorization', `Bearer ${organizer.token}`)
        .field('title', '改过的标题')
        .expect(415);
      expect(multipart.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      const utf16 = await t
        .http()
        .patch(`/campaigns/${campaignId}`)
        .set('Authorization', `Bearer ${organizer.token}`)
        .set('Content-Type', 'application/json; charset=utf-16le')
        .send(Buffer.from('{"title":"改过的标题"}', 'utf16le'))
        .expect(415);
      expect(utf16.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(await campaign()).toEqual(before);
    });

    it('should answer 400 naming the field to null for each nested object of a new campaign and a new standard', async () => {
      for (const field of ['standard', 'schedule', 'targets', 'inspectionPolicy', 'awardPolicy']) {
        const body = { ...campaignBody(`hx-${randomUUID().slice(0, 8)}`, 'HX', 'hx-street'), [field]: null };
        const response = await t.as(organizer).post('/campaigns', body).expect(400);
        expect(response.body.details.problems).toContainEqual({
          field,
          message: `${field} must be an object`,
        });
      }
      const { version: _version, ...standard } = {
        ...buildStandard(),
        code: `HX-${randomUUID().slice(0, 8)}`,
      };
      for (const [patch, field] of [
        [{ categories: [null] }, 'categories[0]'],
        [{ tiers: null }, 'tiers'],
        [{ categories: [{ ...standard.categories[0], items: [null] }] }, 'categories[0].items[0]'],
      ] as const) {
        const response = await t
          .as(admin)
          .post('/standards', { ...standard, ...patch })
          .expect(400);
        expect(response.body.details.problems.map((problem: { field: string }) => problem.field)).toContain(
          field,
        );
      }
    });
    it('should answer 400 to a standard version that is not a whole number, before looking it up', async () => {
      for (const version of [5.021109015742533e-125, 1.5, -1, 1e20]) {
        const body = {
          ...campaignBody(`hx-${randomUUID().slice(0, 8)}`, 'HX', 'hx-street'),
          standard: { code: 'HX', version },
        };
        const response = await t.as(organizer).post('/campaigns', body).expect(400);
        expect(response.body.details.problems.map((problem: { field: string }) => problem.field)).toContain(
          'standard.version',
        );
      }
    });
  });

  describe('case actions and free-form content', () => {
    it('should answer 400 to application content nested 200 levels (by the parser) or 10 (by the field), and leave the case as it was', async () => {
      const before = await caseFile();
      const deep = (levels: number) =>
        JSON.parse('{"a":'.repeat(levels - 1) + '{}' + '}'.repeat(levels - 1)) as object;
      const path = `/campaigns/${campaignId}/cases/hx-a1/application`;
      const parser = await t
        .as(clerk)
        .post(path, { content: deep(200) })
        .expect(400);
      expect(parser.body.details.problems).toEqual([DEPTH_PROBLEM]);
      const field = await t
        .as(clerk)
        .post(path, { content: deep(10) })
        .expect(400);
      expect(field.body.details.problems).toEqual([
        { field: 'content', message: 'content may nest objects and lists at most 8 levels deep' },
      ]);
      const large = await t
        .as(clerk)
        .post(path, { content: { summary: '申'.repeat(30_000) } })
        .expect(400);
      expect(large.body.details.problems[0].message).toMatch(/^content may be at most 65536 bytes as JSON/);
      expect(await caseFile()).toEqual(before);
    });

    it('should answer 400 to a NUL or a lone surrogate in any string of an action, the field named', async () => {
      const before = await caseFile();
      const path = `/campaigns/${campaignId}/cases/hx-a1/application`;
      const response = await t
        .http()
        .post(path)
        .set('Authorization', `Bearer ${clerk.token}`)
        .set('Content-Type', 'application/json')
        .send('{"content":{"contact":{"name":"王\\u0000主任"}}}')
        .expect(400);
      expect(response.body.details.problems).toEqual([
        {
          field: 'content.contact.name',
          message: 'content.contact.name contains a NUL character (\\u0000); remove it',
        },
      ]);
      expect(await caseFile()).toEqual(before);
    });

    it('should answer 400 naming the item when a score or an evidence list is not what it should be', async () => {
      const path = `/campaigns/${campaignId}/cases/hx-a1/self-check`;
      const scores = await t
        .as(clerk)
        .post(path, { scores: { 'A-01': { deep: [1] } } })
        .expect(400);
      expect(scores.body.details.problems).toEqual([
        { field: 'scores', message: 'scores.A-01 must be a number, e.g. 8 or 4.5' },
      ]);
      const evidence = await t
        .as(clerk)
        .post(path, { scores: { 'A-01': 8 }, evidence: { 'A-01': [{ x: 1 }] } })
        .expect(400);
      expect(evidence.body.details.problems[0].field).toBe('evidence');
      const nulls = await t
        .as(clerk)
        .post(path, { scores: { 'A-01': 8 }, evidence: null, notes: null })
        .expect(400);
      const fields = nulls.body.details.problems.map((problem: { field: string }) => problem.field);
      expect([...new Set(fields)]).toEqual(['evidence', 'notes']);
    });
  });
});
