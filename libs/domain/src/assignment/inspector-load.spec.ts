import { CaseStage } from '../case/case-stage';
import type { InspectionCheck } from '../case/case-state';
import { hasInspectionWork, inspectorLoads, type InspectorWorkCase } from './inspector-load';

const inspector = (userId: string) => ({ userId, displayName: userId, streetId: null, communityId: null });
const check = (inspectorId: string, round: number) => ({ inspectorId, round }) as InspectionCheck;

function kase(stage: CaseStage, round = 1, checks: InspectionCheck[] = []): InspectorWorkCase {
  return { stage, round, checks, inspectors: [inspector('a'), inspector('b')] };
}

describe(hasInspectionWork.name, () => {
  it('should count an assigned inspector whose check for the round is not in', () => {
    expect(hasInspectionWork(kase(CaseStage.INSPECTION), 'a')).toBe(true);
  });

  it('should not count an inspector whose check for the current round is in, nor one not assigned', () => {
    const oneIn = kase(CaseStage.INSPECTION, 1, [check('a', 1)]);
    expect(hasInspectionWork(oneIn, 'a')).toBe(false);
    expect(hasInspectionWork(oneIn, 'b')).toBe(true);
    expect(hasInspectionWork(oneIn, 'c')).toBe(false);
  });

  it('should count a re-check round again when only the earlier round is in', () => {
    expect(hasInspectionWork(kase(CaseStage.INSPECTION, 2, [check('a', 1)]), 'a')).toBe(true);
  });

  it.each([
    CaseStage.RECTIFICATION,
    CaseStage.SCORING,
    CaseStage.NOTICE,
    CaseStage.AWARDED,
    CaseStage.NOT_AWARDED,
    CaseStage.WITHDRAWN,
  ])('should not count a case in %s as load', (stage) => {
    expect(hasInspectionWork(kase(stage), 'a')).toBe(false);
  });
});

describe(inspectorLoads.name, () => {
  it('should give every inspector asked for a count, 0 included', () => {
    const cases = [
      kase(CaseStage.INSPECTION),
      kase(CaseStage.INSPECTION, 1, [check('a', 1)]),
      kase(CaseStage.SCORING, 1, [check('a', 1), check('b', 1)]),
      kase(CaseStage.NOTICE),
    ];
    expect(inspectorLoads(cases, ['a', 'b', 'c'])).toEqual({ a: 1, b: 2, c: 0 });
  });
});
