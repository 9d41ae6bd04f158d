import { CaseEvent, CaseInput, CaseStage, CaseState, newCaseState } from '@app/domain';
import { GENESIS_HASH, payloadDigest } from '@app/persistence';
import { caseWorkflowId } from '@app/workflows/community-case/community-case.contract';
import type { CaseChange } from '@app/workflows/community-case/case-activities.contract';
import {
  activities,
  actorOf,
  admin,
  as,
  audit,
  clerk,
  EventView,
  HEAD_OK,
  HEX64,
  inspector,
  newCampaign,
  organizer,
  otherClerk,
  sql,
  trail,
  useAuditWorld,
} from '../support/audit-world';

// The worker's recordCaseChange and the case trail. The au- tree and the accounts are in
// test/support/audit-world.ts.
describe('/campaigns/:campaignId/audit', () => {
  useAuditWorld();

  describe('recordCaseChange (worker activity) and GET /campaigns/:campaignId/cases/:communityId/audit', () => {
    let campaignId: string;
    let invited: CaseState;

    function caseEvent(seq: number, stageBefore: CaseStage | null, stageAfter: CaseStage): CaseEvent {
      return {
        workflowId: invited.workflowId,
        campaignId,
        communityId: 'au-01',
        seq,
        action: seq === 1 ? 'SUBMIT_APPLICATION' : 'RETURN_APPLICATION',
        actor: { userId: 'u-clerk', role: 'COMMUNITY', displayName: '一社区居委会' },
        stageBefore,
        stageAfter,
        payload: { content: { summary: '平安社区创建申报' }, seq },
        at: `2026-03-0${seq}T08:00:00Z`,
      };
    }

    beforeAll(async () => {
      campaignId = await newCampaign();
      // The case file as a launch would create it; only the fields newCaseState reads are given.
      const input = {
        campaignId,
        community: {
          id: 'au-01',
          name: '一社区',
          kind: 'URBAN',
          streetId: 'au-street-a',
          path: '/au/au-street-a/au-01/',
        },
        schedule: { applicationDueAt: new Date(Date.now() + 3_600_000).toISOString() },
      } as unknown as CaseInput;
      invited = newCaseState(caseWorkflowId(campaignId, 'au-01'), input, Date.now());
      await activities.recordCaseChange({ state: invited, events: [] });
    });

    it('should write the projection and no audit link when there are no events', async () => {
      expect(
        await sql('SELECT seq, stage FROM case_projection WHERE workflow_id = $1', [invited.workflowId]),
      ).toEqual([{ seq: 0, stage: 'INVITED' }]);
      expect(await trail(campaignId)).toEqual([]);
    });

    it('should write one audit link when the same event is recorded twice, even at the same time', async () => {
      const change = {
        state: { ...invited, seq: 1, stage: CaseStage.APPLICATION_REVIEW },
        events: [caseEvent(1, CaseStage.INVITED, CaseStage.APPLICATION_REVIEW)],
      };
      await Promise.all([activities.recordCaseChange(change), activities.recordCaseChange(change)]);
      // A retry of a write scheduled before `events` existed carries the one-event shape.
      await activities.recordCaseChange({
        state: change.state,
        event: change.events[0],
      } as unknown as CaseChange);

      const response = await as(clerk).get(`/campaigns/${campaignId}/cases/au-01/audit`).expect(200);
      expect(response.body).toEqual({
        items: [
          {
            id: expect.any(Number),
            chainIndex: 1,
            campaignId,
            workflowId: invited.workflowId,
            communityId: 'au-01',
            seq: 1,
            actor: { userId: 'u-clerk', role: 'COMMUNITY', displayName: '一社区居委会' },
            action: 'SUBMIT_APPLICATION',
            stageBefore: 'INVITED',
            stageAfter: 'APPLICATION_REVIEW',
            payloadDigest: payloadDigest(change.events[0].payload),
            at: '2026-03-01T08:00:00.000Z',
            prevHash: GENESIS_HASH,
            hash: expect.stringMatching(HEX64),
          },
        ],
        nextAfterChainIndex: null,
      });
      expect(
        await sql('SELECT seq, stage FROM case_projection WHERE workflow_id = $1', [invited.workflowId]),
      ).toEqual([{ seq: 1, stage: 'APPLICATION_REVIEW' }]);
    });

    it("should list the case's events and API acts about it, and no other case's, in chain order", async () => {
      await activities.recordCaseChange({
        state: { ...invited, seq: 2, stage: CaseStage.RETURNED },
        events: [caseEvent(2, CaseStage.APPLICATION_REVIEW, CaseStage.RETURNED)],
      });
      const actor = await actorOf(organizer);
      await audit.record(actor, {
        action: 'NOTE_ADDED',
        campaignId,
        payload: { note: '电话催报' },
        communityId: 'au-01',
      });
      await audit.record(actor, { action: 'NOTE_ADDED', campaignId, payload: {}, communityId: 'au-02' });

      const response = await as(admin).get(`/campaigns/${campaignId}/cases/au-01/audit`).expect(200);
      expect(response.body.items.map((item: EventView) => [item.chainIndex, item.seq, item.action])).toEqual([
        [1, 1, 'SUBMIT_APPLICATION'],
        [2, 2, 'RETURN_APPLICATION'],
        [3, null, 'NOTE_ADDED'],
      ]);
      const verified = await as(organizer).post(`/campaigns/${campaignId}/audit/verify`).expect(200);
      expect(verified.body).toEqual({ ok: true, checked: 4, firstBrokenLink: null, head: HEAD_OK });
    });

    it('should fail without retry and write nothing when the event does not fit the case file', async () => {
      const change = {
        state: { ...invited, seq: 9, stage: CaseStage.WITHDRAWN },
        events: [caseEvent(9, null, CaseStage.WITHDRAWN)],
      };
      await expect(
        activities.recordCaseChange({ ...change, events: [{ ...change.events[0], at: 'soon' }] }),
      ).rejects.toMatchObject({
        name: 'ApplicationFailure',
        type: 'VALIDATION_FAILED',
        nonRetryable: true,
      });
      await expect(
        activities.recordCaseChange({
          ...change,
          events: [{ ...change.events[0], workflowId: 'case:other:au-01' }],
        }),
      ).rejects.toMatchObject({ type: 'AUDIT_EVENT_MISMATCH', nonRetryable: true });
      expect(
        await sql('SELECT seq FROM case_projection WHERE workflow_id = $1', [invited.workflowId]),
      ).toEqual([{ seq: 2 }]);
      expect(
        await sql('SELECT 1 FROM audit_event WHERE workflow_id = $1 AND seq = 9', [invited.workflowId]),
      ).toEqual([]);
    });

    it('should keep the newer projection when an older change is retried late', async () => {
      await activities.recordCaseChange({
        state: { ...invited, seq: 1, stage: CaseStage.APPLICATION_REVIEW },
        events: [caseEvent(1, CaseStage.INVITED, CaseStage.APPLICATION_REVIEW)],
      });
      expect(
        await sql('SELECT seq, stage FROM case_projection WHERE workflow_id = $1', [invited.workflowId]),
      ).toEqual([{ seq: 2, stage: 'RETURNED' }]);
      expect(await trail(campaignId)).toHaveLength(4);
    });

    it.each([
      ['a clerk of another community', () => otherClerk],
      ['an inspector', () => inspector],
    ])('should answer 404 when %s asks for the case trail', async (_who, user) => {
      const response = await as(user()).get(`/campaigns/${campaignId}/cases/au-01/audit`).expect(404);
      expect(response.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: `No case for community au-01 in campaign ${campaignId}`,
        details: {},
      });
    });
  });
});
