import { inputWithMovedDeadline } from './campaign-effects';
import type { CaseInput } from './case-state';

const schedule = {
  applicationDueAt: '2026-05-10T00:00:00.000Z',
  selfCheckDueAt: '2026-05-20T00:00:00.000Z',
  inspectionDueAt: '2026-05-30T00:00:00.000Z',
  awardAt: '2026-06-10T00:00:00.000Z',
};
const input = { campaignId: 'c', schedule } as unknown as CaseInput;
const moved = (deadline: 'application' | 'selfCheck' | 'inspection' | 'rectification') =>
  inputWithMovedDeadline(input, {
    deadline,
    dueAt: 'NEW',
    reason: '全体延期',
    actor: { userId: 'u', role: 'ORGANIZER', displayName: '创建办' },
  });

describe(inputWithMovedDeadline.name, () => {
  it('should move the schedule field of the phase the campaign extended, and leave the input given as it was', () => {
    expect(moved('application').schedule).toEqual({ ...schedule, applicationDueAt: 'NEW' });
    expect(moved('selfCheck').schedule).toEqual({ ...schedule, selfCheckDueAt: 'NEW' });
    expect(moved('inspection').schedule).toEqual({ ...schedule, inspectionDueAt: 'NEW' });
    expect(input.schedule).toBe(schedule);
  });

  it('should write a deadline that is not a campaign phase into awardAt, as running cases always have', () => {
    expect(moved('rectification').schedule).toEqual({ ...schedule, awardAt: 'NEW' });
  });
});
