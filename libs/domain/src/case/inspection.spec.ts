import { DomainError, DomainErrorCode } from '../errors/domain-error';
import type { ItemScores } from '../scoring/scoring.types';
import { buildCaseInput, caseInInspection, FULL_MARKS, inspectorOf, ORGANIZER, T0 } from './case.fixture';
import { CaseStage } from './case-stage';
import { CaseInput, CaseState } from './case-state';
import { assignInspectors, assignTeam, roundComplete, submitCheck } from './inspection';
import { confirmScores } from './scoring-decision';
import { raiseObjection, resolveObjection } from './notice';
import { submitRectification } from './rectification';

/** Inspectors n… as the organizer's list names them. */
const team = (...numbers: number[]) =>
  numbers.map((n) => {
    const { actor: _actor, ...inspector } = inspectorOf(n);
    return inspector;
  });
const assign = (state: CaseState, input: CaseInput, numbers: number[], reason = '转办') =>
  assignInspectors(state, { inspectors: team(...numbers), reason, actor: ORGANIZER }, T0, input);
const check = (
  state: CaseState,
  input: CaseInput,
  n: number,
  scores: ItemScores = FULL_MARKS,
  rectifyItems: string[] = [],
) =>
  submitCheck(
    state,
    { scores, vetoFlags: [], findings: '', rectifyItems, actor: inspectorOf(n).actor },
    T0,
    input,
  );

function refusal(step: () => unknown): DomainError {
  try {
    step();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the step was not refused');
}

describe(assignInspectors.name, () => {
  const input = buildCaseInput({ minInspectors: 1, maxInspectors: 3, rectificationAllowed: false });

  it('should complete the round when the one inspector who had not checked is removed', () => {
    const checked = check(assign(caseInInspection(input), input, [1, 2], ''), input, 1);
    expect(checked.stage).toBe(CaseStage.INSPECTION);

    const next = assign(checked, input, [1]);

    expect(next.stage).toBe(CaseStage.SCORING);
    expect(next.score).toMatchObject({ total: 100, tier: '精品', passed: true });
    expect(next.decisions.slice(-2).map((decision) => [decision.action, decision.by.userId])).toEqual([
      ['ASSIGN_INSPECTORS', ORGANIZER.userId],
      ['CHECKS_COMPLETE', 'system'],
    ]);
    expect(next.seq).toBe(checked.seq + 2);
  });

  it('should go on waiting when the team still has an inspector who has not checked (转办)', () => {
    const checked = check(assign(caseInInspection(input), input, [1, 2], ''), input, 1);

    const next = assign(checked, input, [1, 3]);

    expect(next.stage).toBe(CaseStage.INSPECTION);
    expect(roundComplete(next)).toBe(false);
    expect(check(next, input, 3).stage).toBe(CaseStage.SCORING);
  });

  it('should send the case to rectification when the completing team flagged items in the first round', () => {
    const withRectification = buildCaseInput({ rectificationAllowed: true });
    const checked = check(
      assign(caseInInspection(withRectification), withRectification, [1, 2], ''),
      withRectification,
      1,
      FULL_MARKS,
      ['A-02'],
    );

    const next = assign(checked, withRectification, [1]);

    expect(next.stage).toBe(CaseStage.RECTIFICATION);
    expect(next.rectification).toEqual({ items: ['A-02'], report: null });
  });

  it('should complete a re-check round (after rectification) when the missing inspector is removed', () => {
    const withRectification = buildCaseInput({ rectificationAllowed: true });
    let state = assign(caseInInspection(withRectification), withRectification, [1, 2], '');
    state = check(state, withRectification, 1, { 'A-01': 10, 'A-02': 2, 'B-01': 10 }, ['A-02']);
    state = check(state, withRectification, 2, { 'A-01': 10, 'A-02': 2, 'B-01': 10 });
    state = submitRectification(
      state,
      { content: '已整改', actor: { userId: 'u-clerk', role: 'COMMUNITY', displayName: '居委会' } },
      T0,
      withRectification,
    );
    expect(state).toMatchObject({ stage: CaseStage.INSPECTION, round: 2, recheckRounds: [2] });
    state = check(state, withRectification, 1, { 'A-02': 5 });

    const next = assign(state, withRectification, [1]);

    expect(next.stage).toBe(CaseStage.SCORING);
    expect(next.score?.total).toBe(100);
  });

  it('should complete a re-inspection round (objection upheld) when the missing inspector is removed', () => {
    let state = check(check(assign(caseInInspection(input), input, [1, 2], ''), input, 1), input, 2);
    state = confirmScores(state, { note: '', actor: ORGANIZER }, T0, input);
    state = raiseObjection(state, { content: '台账不实', actor: ORGANIZER }, T0);
    state = resolveObjection(
      state,
      { objectionId: 'objection-1', decision: 'UPHOLD_REINSPECT', reason: '重新检查', actor: ORGANIZER },
      T0,
      input,
    );
    expect(state).toMatchObject({ stage: CaseStage.INSPECTION, round: 2 });
    expect(roundComplete(state)).toBe(false);
    state = check(state, input, 2, { 'A-01': 8, 'A-02': 5, 'B-01': 10 });

    const next = assign(state, input, [2]);

    expect(next.stage).toBe(CaseStage.SCORING);
    expect(next.score?.total).toBe(92);
  });

  it('should refuse a team below the policy minimum, naming the field and why', () => {
    const twoOrMore = buildCaseInput({ minInspectors: 2, maxInspectors: 3 });
    const checked = check(assign(caseInInspection(twoOrMore), twoOrMore, [1, 2], ''), twoOrMore, 1);

    const error = refusal(() => assign(checked, twoOrMore, [1]));

    expect(error.code).toBe(DomainErrorCode.VALIDATION_FAILED);
    expect(error.details.problems).toEqual([
      {
        field: 'inspectors',
        message: 'assign 2 to 3 inspectors; got 1: fewer than 2 could never complete the inspection round',
      },
    ]);
  });

  it('should refuse an empty team even when a policy would allow none', () => {
    const noMinimum = buildCaseInput({ minInspectors: 0 });

    const error = refusal(() => assign(caseInInspection(noMinimum), noMinimum, [], ''));

    expect(error.details.problems).toEqual([
      {
        field: 'inspectors',
        message: 'assign 1 to 3 inspectors; got 0: fewer than 1 could never complete the inspection round',
      },
    ]);
  });

  it('should refuse removing an inspector who has checked this round, whose sheet counts', () => {
    const checked = check(assign(caseInInspection(input), input, [1, 2], ''), input, 1);

    const error = refusal(() => assign(checked, input, [2]));

    expect(error.details.problems).toEqual([
      {
        field: 'inspectors',
        message: 'inspector u-inspector-1 has already submitted a check and stays assigned',
      },
    ]);
  });
});

describe(assignTeam.name, () => {
  it('should record the team without completing the round (decisions taken before the patch)', () => {
    const input = buildCaseInput();
    const checked = check(assign(caseInInspection(input), input, [1, 2], ''), input, 1);

    const next = assignTeam(checked, { inspectors: team(1), reason: '转办', actor: ORGANIZER }, T0, input);

    expect(next.stage).toBe(CaseStage.INSPECTION);
    expect(roundComplete(next)).toBe(true);
  });
});
