import type { AppConfig } from '@app/config';
import { DomainErrorCode } from '@app/domain';
import type { CampaignRepository, CaseRepository, JurisdictionRepository } from '@app/persistence';
import { caseWorkflowId, raiseObjectionUpdate } from '@app/workflows/community-case/community-case.contract';
import type { CaseWorkflowClient } from '../cases/case-workflow.client';
import { mockOf } from '../testing/mock-of';
import { PublicNoticeService } from './public-notice.service';

const objection = { name: '王女士', contact: '13800000000', content: '公示分数与实际不符' };
const noKey = { readYourWrites: false, answerReadYourWrites: jest.fn() };

describe(PublicNoticeService.name, () => {
  let campaigns: ReturnType<typeof mockOf<CampaignRepository>>;
  let jurisdictions: ReturnType<typeof mockOf<JurisdictionRepository>>;
  let cases: ReturnType<typeof mockOf<CaseRepository>>;
  let caseWorkflow: ReturnType<typeof mockOf<CaseWorkflowClient>>;
  let service: PublicNoticeService;

  beforeEach(() => {
    campaigns = mockOf<CampaignRepository>('findLaunched');
    jurisdictions = mockOf<JurisdictionRepository>('nameOf');
    cases = mockOf<CaseRepository>('onNotice', 'isOnNotice');
    caseWorkflow = mockOf<CaseWorkflowClient>('update');
    const config = { JWT_SECRET: 'a-secret-of-at-least-thirty-two-chars' } as AppConfig;
    service = new PublicNoticeService(campaigns, jurisdictions, cases, caseWorkflow, config);
  });

  it('should answer 404 for a campaign that is not launched', async () => {
    campaigns.findLaunched.mockResolvedValue(null);
    await expect(service.campaign('cmp-draft')).rejects.toMatchObject({ code: DomainErrorCode.NOT_FOUND });
  });

  it("should answer a launched campaign's heading with its organizer's name", async () => {
    campaigns.findLaunched.mockResolvedValue({
      id: 'cmp-1',
      title: '2026年平安社区创建',
      titleKind: '平安社区',
      year: 2026,
      organizerJurisdictionId: 'd-1',
    });
    jurisdictions.nameOf.mockResolvedValue('东城区');
    await expect(service.campaign('cmp-1')).resolves.toEqual({
      id: 'cmp-1',
      title: '2026年平安社区创建',
      titleKind: '平安社区',
      year: 2026,
      organizerName: '东城区',
    });
    expect(jurisdictions.nameOf).toHaveBeenCalledWith('d-1');
  });

  it('should list what a resident may read of each case on notice, scores as numbers', async () => {
    cases.onNotice.mockResolvedValue([
      {
        communityId: 'c-01',
        tier: '优秀',
        totalScore: '92.50',
        snapshot: { community: { name: '和平里社区' }, noticeEndsAt: '2026-06-10T00:00:00.000Z' },
      },
    ]);
    await expect(service.notice('cmp-1')).resolves.toEqual([
      {
        communityId: 'c-01',
        communityName: '和平里社区',
        tier: '优秀',
        totalScore: 92.5,
        noticeEndsAt: '2026-06-10T00:00:00.000Z',
      },
    ]);
  });

  it('should answer 404 for a community not on notice and start nothing', async () => {
    cases.isOnNotice.mockResolvedValue(false);
    await expect(service.object('cmp-1', 'c-01', objection, noKey)).rejects.toMatchObject({
      code: DomainErrorCode.NOT_FOUND,
    });
    expect(caseWorkflow.update).not.toHaveBeenCalled();
  });

  it("should raise the objection as the contact's keyed digest and answer its receipt number", async () => {
    cases.isOnNotice.mockResolvedValue(true);
    const objector = service.objectorId(objection.contact);
    caseWorkflow.update.mockResolvedValue({
      state: {
        objections: [
          { id: 'objection-1', raisedAt: '2026-06-01T02:00:00.000Z', raisedBy: { userId: objector } },
          { id: 'objection-2', raisedAt: '2026-06-02T02:00:00.000Z', raisedBy: { userId: 'public:other' } },
        ],
      },
    });
    const receipt = await service.object('cmp-1', 'c-01', objection, noKey);
    expect(receipt).toEqual({
      objectionId: 'objection-1',
      raisedAt: '2026-06-01T02:00:00.000Z',
      receiptNumber: 'YY-cmp-1-c-01-1',
    });
    expect(caseWorkflow.update).toHaveBeenCalledWith(
      caseWorkflowId('cmp-1', 'c-01'),
      raiseObjectionUpdate,
      {
        content: objection.content,
        contact: objection.contact,
        actor: { userId: objector, role: 'PUBLIC', displayName: '王女士' },
      },
      { updateId: undefined },
    );
  });

  it('should give one contact one objector id that does not show the contact, and another contact another', () => {
    const id = service.objectorId('13800000000');
    expect(id).toMatch(/^public:[0-9a-f]{24}$/);
    expect(id).not.toContain('13800000000');
    expect(service.objectorId('13800000000')).toBe(id);
    expect(service.objectorId('13900000000')).not.toBe(id);
  });
});
