import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { buildCaseInput, caseInInspection, FULL_MARKS, inspectorOf, ORGANIZER, T0 } from './case.fixture';
import { allowedActionsFor, CaseAction } from './case-actions';
import { CaseStage } from './case-stage';
import { CaseInput, CaseState } from './case-state';
import { assignInspectors, submitCheck } from './inspection';
import { parseIdempotentUpdateId } from './idempotent-request';
import { recusalUpdateId, recuseInspector } from './recusal';

const team = (...numbers: number[]) =>
  numbers.map((n) => {
    const { actor: _actor, ...inspector } = inspectorOf(n);
    return inspector;
  });
const assign = (state: CaseState, input: CaseInput, numbers: number[], reason = '') =>
  assignInspectors(state, { inspectors: team(...numbers), reason, actor: ORGANIZER }, T0, input);
const check = (state: CaseState, input: CaseInput, n: number) =>
  submitCheck(
    state,
    { scores: FULL_MARKS, vetoFlags: [], findings: '', rectifyItems: [], actor: inspectorOf(n).actor },
    T0,
    input,
  );
const recuse = (state: CaseState, input: CaseInput, n: number, reason = '本人配偶在该社区居委会任职') =>
  recuseInspector(state, { reason, actor: inspectorOf(n).actor }, T0 + 1000, input);

function refusal(step: () => unknown): DomainError {
  try {
    step();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the step was not refused');
}

describe(recuseInspector.name, () => {
  const input = buildCaseInput({ minInspectors: 2, maxInspectors: 3, rectificationAllowed: false });
  const assigned = () => assign(caseInInspection(input), input, [1, 2]);

  it('should take the inspector off the team and keep who left, in which round and why', () => {
    const before = assigned();
    const next = recuse(before, input, 1);

    expect(next.inspectors.map((inspector) => inspector.userId)).toEqual(['u-inspector-2']);
    expect(next.recusals).toEqual([
      {
        inspectorId: 'u-inspector-1',
        displayName: '检查员1',
        reason: '本人配偶在该社区居委会任职',
        round: 1,
        at: new Date(T0 + 1000).toISOString(),
      },
    ]);
    expect(next.decisions.at(-1)).toMatchObject({
      action: CaseAction.RECUSE_INSPECTOR,
      by: inspectorOf(1).actor,
      reasons: ['本人配偶在该社区居委会任职'],
      stage: CaseStage.INSPECTION,
    });
    expect(next.seq).toBe(before.seq + 1);
  });

  it('should leave the case in INSPECTION saying how many inspectors are needed when the team falls below the minimum', () => {
    const next = recuse(assigned(), input, 1);

    expect(next.stage).toBe(CaseStage.INSPECTION);
    expect(next.inspectorsNeeded).toBe(1);
  });

  it('should refuse any later assignment that brings them back, whatever the API read before sending it', () => {
    const short = recuse(assigned(), input, 1);

    const error = refusal(() => assign(short, input, [1, 2, 3], '加派'));

    expect(error.code).toBe(DomainErrorCode.VALIDATION_FAILED);
    expect(error.details.problems).toEqual([
      {
        field: 'inspectors[0]',
        message: '检查员1 declared a conflict with this community: 本人配偶在该社区居委会任职',
      },
    ]);
  });

  it('should clear the shortfall once the organizer assigns a replacement', () => {
    const short = recuse(assigned(), input, 1);

    const refilled = assign(short, input, [2, 3], '检查员1申请回避，补派检查员3');

    expect(refilled.inspectorsNeeded).toBe(0);
    expect(refilled.inspectors.map((inspector) => inspector.userId)).toEqual([
      'u-inspector-2',
      'u-inspector-3',
    ]);
  });

  it('should say no inspector is needed when the team still meets the minimum', () => {
    const three = assign(caseInInspection(input), input, [1, 2, 3]);

    expect(recuse(three, input, 3).inspectorsNeeded).toBe(0);
  });

  it('should complete the round when everyone left on a large enough team has checked', () => {
    const three = check(check(assign(caseInInspection(input), input, [1, 2, 3]), input, 1), input, 2);

    const next = recuse(three, input, 3);

    expect(next.stage).toBe(CaseStage.SCORING);
    expect(next.decisions.slice(-2).map((decision) => decision.action)).toEqual([
      CaseAction.RECUSE_INSPECTOR,
      'CHECKS_COMPLETE',
    ]);
  });

  it('should not complete the round when the team left is below the minimum, even if its member has checked', () => {
    const checked = check(assigned(), input, 2);

    const next = recuse(checked, input, 1);

    expect(next.stage).toBe(CaseStage.INSPECTION);
    expect(next.inspectorsNeeded).toBe(1);
  });

  it('should refuse with CONFLICT once the inspector has submitted their check for this round', () => {
    const checked = check(assigned(), input, 1);

    const error = refusal(() => recuse(checked, input, 1));

    expect(error.code).toBe(DomainErrorCode.CONFLICT);
    expect(error.message).toBe(
      '您已提交第1轮检查验收表，该评分有效，不能再申请回避；如确有利害关系，请联系组织方处理',
    );
  });

  it('should refuse with FORBIDDEN someone not on the current team, also once recused', () => {
    const recused = recuse(assigned(), input, 1);

    expect(refusal(() => recuse(assigned(), input, 3)).code).toBe(DomainErrorCode.FORBIDDEN);
    const again = refusal(() => recuse(recused, input, 1));
    expect(again.code).toBe(DomainErrorCode.FORBIDDEN);
    expect(again.message).toBe('检查员1不在本案件当前的考核组中，无需申请回避');
  });

  it('should refuse with WRONG_STAGE, naming the stage in Chinese, once the case left inspection', () => {
    const scoring = check(check(assigned(), input, 1), input, 2);
    expect(scoring.stage).toBe(CaseStage.SCORING);

    const error = refusal(() => recuse(scoring, input, 1));

    expect(error.code).toBe(DomainErrorCode.WRONG_STAGE);
    expect(error.message).toBe('案件当前处于“评分”阶段，已不在检查验收中，不能申请回避');
  });

  it('should refuse a blank reason naming the field', () => {
    const error = refusal(() => recuse(assigned(), input, 1, '  '));

    expect(error.code).toBe(DomainErrorCode.VALIDATION_FAILED);
    expect(error.details).toEqual({ problems: [{ field: 'reason', message: '请写明回避理由' }] });
  });

  it('should offer 申请回避 to a team member in INSPECTION and to no organizer', () => {
    const state = assigned();

    expect(allowedActionsFor(state, 'INSPECTOR', T0)).toContain(CaseAction.RECUSE_INSPECTOR);
    expect(allowedActionsFor(state, 'ORGANIZER', T0)).not.toContain(CaseAction.RECUSE_INSPECTOR);
  });
});

describe(recusalUpdateId.name, () => {
  it('should be a keyed Update id (the case ledger remembers it) fixed per inspector, whatever the reason', () => {
    expect(parseIdempotentUpdateId(recusalUpdateId('u-inspector-1'))).toEqual({
      scope: 'u-inspector-1/conflict-declaration',
      fingerprint: 'recuse',
    });
    expect(recusalUpdateId('u-inspector-2')).not.toBe(recusalUpdateId('u-inspector-1'));
  });
});
