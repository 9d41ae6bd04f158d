import {
  as,
  body,
  clerk,
  FORMS,
  newId,
  organizer,
  startInput,
  t,
  useTimeWorld,
  YEAR,
} from '../support/time-world';

// The tz tree, the accounts and the helpers are in test/support/time-world.ts.
// Here: one rule for every date-time input.
describe('time as Chinese offices count it: date-time inputs, working days (issue 10)', () => {
  useTimeWorld();

  describe('one rule for every date-time input', () => {
    it('should read dates alone in POST /campaigns as the end of that day in Beijing, and echo the instant', async () => {
      const schedule = {
        applicationOpensAt: `${YEAR}-01-05T09:00`,
        applicationDueAt: `${YEAR}-02-10`,
        selfCheckDueAt: `${YEAR}-03-10`,
        inspectionStartsAt: ` ${YEAR}-03-11 `,
        inspectionDueAt: `${YEAR}-04-10T17:00+08:00`,
        awardAt: `${YEAR}-05-10T01:00Z`,
      };
      const response = await as(organizer).post('/campaigns', body(newId(), schedule)).expect(201);

      expect(response.body.schedule).toMatchObject({
        applicationOpensAt: `${YEAR}-01-05T09:00:00.000+08:00`,
        applicationDueAt: `${YEAR}-02-10T23:59:59.999+08:00`,
        selfCheckDueAt: `${YEAR}-03-10T23:59:59.999+08:00`,
        inspectionStartsAt: `${YEAR}-03-11T23:59:59.999+08:00`,
        inspectionDueAt: `${YEAR}-04-10T17:00:00.000+08:00`,
        awardAt: `${YEAR}-05-10T09:00:00.000+08:00`,
      });
    });

    it('should answer 400 naming each bad field, what is wrong and the accepted forms', async () => {
      const response = await as(organizer)
        .post('/campaigns', body(newId(), { applicationDueAt: `${YEAR}-02-30`, awardAt: `${YEAR}/05/10` }))
        .expect(400);

      expect(response.body).toEqual({
        statusCode: 400,
        code: 'INVALID_REQUEST',
        message: 'The request body has problems; each is listed.',
        details: {
          problems: [
            {
              field: 'schedule.applicationDueAt',
              message: `applicationDueAt: ${YEAR}-02-30 is not a day of the calendar (${YEAR}-02 has ${YEAR % 4 === 0 ? 29 : 28} days). ${FORMS}`,
            },
            {
              field: 'schedule.awardAt',
              message: `awardAt: "${YEAR}/05/10" is not in a form this field reads. ${FORMS}`,
            },
          ],
        },
      });
    });

    it('should read a PATCH of the schedule under the same rule', async () => {
      const id = newId();
      await as(organizer).post('/campaigns', body(id)).expect(201);
      const bad = await as(organizer)
        .patch(`/campaigns/${id}`, { schedule: { awardAt: '明年' } })
        .expect(400);
      expect(bad.body.details.problems).toEqual([
        { field: 'schedule.awardAt', message: `awardAt: "明年" is not in a form this field reads. ${FORMS}` },
      ]);
    });

    describe('on a launched campaign and its started case', () => {
      let campaignId: string;
      const caseOf = async () =>
        (await as(organizer).get(`/campaigns/${campaignId}/cases/tz-c1`).expect(200)).body.state;

      beforeAll(async () => {
        campaignId = newId();
        await as(organizer).post('/campaigns', body(campaignId)).expect(201);
        await as(organizer).post(`/campaigns/${campaignId}/launch`).expect(200);
        await as(clerk).post(`/campaigns/${campaignId}/cases/tz-c1/application`, { content: {} }).expect(200);
        await as(organizer)
          .post(`/campaigns/${campaignId}/cases/tz-c1/review`, { decision: 'ACCEPT' })
          .expect(200);
      });

      it('should store extend-deadline’s date alone as 23:59:59.999 Beijing, not 00:00 UTC', async () => {
        const response = await as(organizer)
          .post(`/campaigns/${campaignId}/cases/tz-c1/extend-deadline`, {
            newDueAt: `${YEAR + 1}-01-15`,
            reason: '延期',
          })
          .expect(200);
        expect(response.body.state.deadlines.selfCheck.dueAt).toBe(`${YEAR + 1}-01-15T15:59:59.999Z`);
      });

      it('should read extend-deadline’s time without an offset in Beijing, not in the server’s zone', async () => {
        const response = await as(organizer)
          .post(`/campaigns/${campaignId}/cases/tz-c1/extend-deadline`, {
            newDueAt: `${YEAR + 1}-01-25T00:00`,
            reason: '再延期',
          })
          .expect(200);
        expect(response.body.state.deadlines.selfCheck.dueAt).toBe(`${YEAR + 1}-01-24T16:00:00.000Z`);
        expect((await caseOf()).deadlines.selfCheck.dueAt).toBe(`${YEAR + 1}-01-24T16:00:00.000Z`);
      });

      it('should refuse an impossible extend-deadline with 400, leaving the deadline as it was', async () => {
        const response = await as(organizer)
          .post(`/campaigns/${campaignId}/cases/tz-c1/extend-deadline`, {
            newDueAt: `${YEAR + 1}-01-25T24:30`,
            reason: '延期',
          })
          .expect(400);
        expect(response.body.details.problems).toEqual([
          {
            field: 'newDueAt',
            message: `newDueAt: 24:30 is not a time of day (00:00 to 23:59:59, or 24:00). ${FORMS}`,
          },
        ]);
        expect((await caseOf()).deadlines.selfCheck.dueAt).toBe(`${YEAR + 1}-01-24T16:00:00.000Z`);
      });

      it('should store extend-phase’s date alone as the end of that day in Beijing', async () => {
        const response = await as(organizer)
          .post(`/campaigns/${campaignId}/extend-phase`, {
            phase: 'inspection',
            newDueAt: `${YEAR + 1}-06-30`,
            reason: '全体延期',
          })
          .expect(200);
        expect(response.body.schedule.inspectionDueAt).toBe(`${YEAR + 1}-06-30T15:59:59.999Z`);
      });

      it('should start the case with the deployment’s zone in its input', async () => {
        const input = await startInput(t, campaignId, 'tz-c1');
        expect(input).toMatchObject({ timeZone: 'Asia/Shanghai' });
        // A campaign counting calendar days carries no calendar.
        expect(input).not.toHaveProperty('calendar');
      });
    });
  });
});
