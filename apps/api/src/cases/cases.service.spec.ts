import { CaseStage, DomainErrorCode, newCaseState } from '@app/domain';
import { buildCaseInput, T0 } from '@app/domain/case/case.fixture';
import type { CaseRepository } from '@app/persistence';
import { caseWorkflowId } from '@app/workflows/community-case/community-case.contract';
import { mockOf } from '../testing/mock-of';
import { STREET_ORGANIZER } from '../testing/actors';
import { CasesService } from './cases.service';

describe(CasesService.name, () => {
  let cases: ReturnType<typeof mockOf<CaseRepository>>;
  let service: CasesService;

  beforeEach(() => {
    cases = mockOf<CaseRepository>('page', 'visible');
    service = new CasesService(cases);
  });

  it("should page the actor's cases with the filters and answer the rows as the statement shaped them", async () => {
    const dueAt = new Date(Date.now() - 60_000);
    cases.page.mockResolvedValue({
      rows: [
        {
          communityId: 'c-01',
          communityName: '和平里社区',
          streetId: 's-10',
          streetName: null,
          stage: CaseStage.SELF_CHECK,
          tier: null,
          totalScore: null,
          dueAt: dueAt.toISOString(),
          overdue: true,
          seq: 3,
        },
      ],
      total: 7,
    });
    const filters = { overdue: true, limit: 1, offset: 0 };
    const page = await service.list(STREET_ORGANIZER, 'cmp-1', filters);
    expect(cases.page).toHaveBeenCalledWith('cmp-1', STREET_ORGANIZER, filters);
    expect(page).toEqual({
      items: [
        {
          communityId: 'c-01',
          communityName: '和平里社区',
          streetId: 's-10',
          streetName: null,
          stage: CaseStage.SELF_CHECK,
          tier: null,
          totalScore: null,
          dueAt: dueAt.toISOString(),
          overdue: true,
          seq: 3,
        },
      ],
      total: 7,
      limit: 1,
      offset: 0,
    });
  });

  it('should answer 404 for a case the actor may not see, as for none', async () => {
    cases.visible.mockResolvedValue(null);
    await expect(service.get(STREET_ORGANIZER, 'cmp-1', 'c-99')).rejects.toMatchObject({
      code: DomainErrorCode.NOT_FOUND,
    });
    expect(cases.visible).toHaveBeenCalledWith(STREET_ORGANIZER, caseWorkflowId('cmp-1', 'c-99'));
  });

  it('should refuse an action on a closed case with WRONG_STAGE and no allowed actions', async () => {
    cases.visible.mockResolvedValue({ workflowId: 'w', stage: CaseStage.AWARDED });
    await expect(service.assertOpen(STREET_ORGANIZER, 'cmp-1', 'c-01')).rejects.toMatchObject({
      code: DomainErrorCode.WRONG_STAGE,
      details: { stage: CaseStage.AWARDED, allowedActions: [] },
    });
    expect(cases.visible).toHaveBeenCalledWith(STREET_ORGANIZER, caseWorkflowId('cmp-1', 'c-01'), [
      'c.workflowId',
      'c.stage',
    ]);
  });

  it("should answer an open case's file as its row holds it", async () => {
    const snapshot = newCaseState(caseWorkflowId('cmp-1', 'c-01'), buildCaseInput(), T0);
    cases.visible.mockResolvedValue({ workflowId: 'w', stage: snapshot.stage, snapshot });
    await expect(service.openCaseFile(STREET_ORGANIZER, 'cmp-1', 'c-01')).resolves.toBe(snapshot);
  });
});
