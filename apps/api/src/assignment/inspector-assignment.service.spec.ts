import { CaseStage, DomainError, DomainErrorCode, recusalUpdateId } from '@app/domain';
import {
  CaseToStaffRow,
  DeclaredConflictRow,
  InspectorAssignmentRepository,
  UserRole,
} from '@app/persistence';
import { recuseInspectorUpdate } from '@app/workflows/community-case/community-case.contract';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import type { AuditService } from '../audit/audit.service';
import type { CaseWorkflowClient } from '../cases/case-workflow.client';
import { immediateTransactions, mockOf, TRANSACTION } from '../testing/mock-of';
import { InspectorAssignmentService } from './inspector-assignment.service';

const INSPECTOR: AuthenticatedActor = {
  userId: 'u-inspector-1',
  role: UserRole.INSPECTOR,
  displayName: '检查员1',
  scopeId: null,
  scopePath: null,
};
const DECLARED: DeclaredConflictRow = {
  communityId: 'c-01',
  inspectorId: INSPECTOR.userId,
  reason: '本人曾在该社区挂职',
  declaredAt: '2026-11-30T00:00:00.000Z',
};

const ROW: Omit<CaseToStaffRow, 'stage' | 'inspectorIds'> = {
  communityId: 'c-01',
  communityName: '一社区',
  streetId: 's-1',
};

describe(InspectorAssignmentService.name, () => {
  let repository: ReturnType<typeof mockOf<InspectorAssignmentRepository>>;
  let caseWorkflow: ReturnType<typeof mockOf<CaseWorkflowClient>>;
  let audit: ReturnType<typeof mockOf<AuditService>>;
  let service: InspectorAssignmentService;

  beforeEach(() => {
    repository = mockOf<InspectorAssignmentRepository>('declaredOn', 'casesToStaff', 'declare');
    caseWorkflow = mockOf<CaseWorkflowClient>('update', 'readYourWrites');
    audit = mockOf<AuditService>('record');
    service = new InspectorAssignmentService(
      repository,
      null as never,
      null as never,
      caseWorkflow,
      audit,
      immediateTransactions,
    );
    repository.casesToStaff.mockResolvedValue([
      { ...ROW, stage: CaseStage.INSPECTION, inspectorIds: [INSPECTOR.userId] },
    ]);
  });

  it('should keep the reason the case kept when a concurrent declaration removed them first', async () => {
    repository.declaredOn.mockResolvedValueOnce([]).mockResolvedValueOnce([DECLARED]);
    // The same Update id: the workflow answers the first declaration's removal, with its reason.
    caseWorkflow.update.mockResolvedValue({
      state: { seq: 9, recusals: [{ inspectorId: INSPECTOR.userId, reason: '第一个理由' }] },
    });
    repository.declare.mockResolvedValue(true);

    await service.declare(INSPECTOR, 'cmp-1', 'c-01', '另一个理由');

    expect(repository.declare).toHaveBeenCalledWith(
      TRANSACTION,
      expect.objectContaining({ reason: '第一个理由' }),
    );
    expect(audit.record).toHaveBeenCalledWith(
      INSPECTOR,
      expect.objectContaining({ payload: { reason: '第一个理由' } }),
      TRANSACTION,
    );
  });

  it('should remove the inspector through the case workflow before keeping the declaration and its audit entry', async () => {
    repository.declaredOn.mockResolvedValueOnce([]).mockResolvedValueOnce([DECLARED]);
    caseWorkflow.update.mockResolvedValue({ state: { seq: 9 } });
    repository.declare.mockResolvedValue(true);

    await expect(service.declare(INSPECTOR, 'cmp-1', 'c-01', ' 本人曾在该社区挂职 ')).resolves.toEqual(
      DECLARED,
    );

    expect(caseWorkflow.update).toHaveBeenCalledWith(
      'case:cmp-1:c-01',
      recuseInspectorUpdate,
      { reason: '本人曾在该社区挂职', actor: expect.objectContaining({ userId: INSPECTOR.userId }) },
      { updateId: recusalUpdateId(INSPECTOR.userId) },
    );
    expect(caseWorkflow.update.mock.invocationCallOrder[0]).toBeLessThan(
      repository.declare.mock.invocationCallOrder[0],
    );
    expect(audit.record).toHaveBeenCalledWith(
      INSPECTOR,
      expect.objectContaining({ action: 'CONFLICT_DECLARED', communityId: 'c-01' }),
      TRANSACTION,
    );
    expect(caseWorkflow.readYourWrites).toHaveBeenCalledWith('case:cmp-1:c-01', 9);
  });

  it('should write nothing when the case workflow refuses the removal', async () => {
    repository.declaredOn.mockResolvedValue([]);
    const refusal = new DomainError(DomainErrorCode.CONFLICT, '您已提交第1轮检查验收表');
    caseWorkflow.update.mockRejectedValue(refusal);

    await expect(service.declare(INSPECTOR, 'cmp-1', 'c-01', '理由')).rejects.toBe(refusal);

    expect(repository.declare).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
  });

  it('should answer a declaration already kept as it stands, without touching the case', async () => {
    repository.declaredOn.mockResolvedValue([DECLARED]);

    await expect(service.declare(INSPECTOR, 'cmp-1', 'c-01', '另一个理由')).resolves.toEqual(DECLARED);

    expect(caseWorkflow.update).not.toHaveBeenCalled();
    expect(repository.declare).not.toHaveBeenCalled();
  });

  it('should answer 404 without asking the case when the caller is not on the team of a case outside inspection', async () => {
    repository.declaredOn.mockResolvedValue([]);
    repository.casesToStaff.mockResolvedValue([{ ...ROW, stage: CaseStage.SELF_CHECK, inspectorIds: [] }]);

    await expect(service.declare(INSPECTOR, 'cmp-1', 'c-01', '理由')).rejects.toMatchObject({
      code: DomainErrorCode.NOT_FOUND,
    });
    expect(caseWorkflow.update).not.toHaveBeenCalled();
  });
});
