import { WorkflowHandle } from '@temporalio/client';
import { CaseState, ItemScores } from '@app/domain';
import * as contract from '@app/workflows/community-case/community-case.contract';
import { CLERK, inspector, ORGANIZER } from './case-fixtures';

export const FULL_MARKS: ItemScores = { 'A-01': 10, 'A-02': 5, 'B-01': 10 };

/** Drives a fresh case through application, acceptance and self-check into inspection. */
export async function toInspection(
  handle: WorkflowHandle,
  selfCheck: ItemScores = FULL_MARKS,
): Promise<void> {
  await handle.executeUpdate(contract.submitApplicationUpdate, {
    args: [{ content: { summary: '申报' }, actor: CLERK }],
  });
  await handle.executeUpdate(contract.reviewApplicationUpdate, {
    args: [{ decision: 'ACCEPT', reasons: [], actor: ORGANIZER }],
  });
  await handle.executeUpdate(contract.submitSelfCheckUpdate, {
    args: [{ scores: selfCheck, evidence: { 'A-01': ['file:1'] }, notes: '', actor: CLERK }],
  });
}

/** Assigns inspectors 1..n (street-b, no conflict) and has each submit the given sheet. */
export async function inspect(
  handle: WorkflowHandle,
  sheets: ItemScores[],
  extra: { vetoFlags?: string[]; rectifyItems?: string[] } = {},
): Promise<CaseState> {
  const inspectors = sheets.map((_, index) => inspector(index + 1));
  await handle.executeUpdate(contract.assignInspectorsUpdate, {
    args: [
      {
        inspectors: inspectors.map(({ actor: _actor, ...assigned }) => assigned),
        reason: '',
        actor: ORGANIZER,
      },
    ],
  });
  let state: CaseState | undefined;
  for (const [index, scores] of sheets.entries()) {
    const view = await handle.executeUpdate(contract.submitCheckUpdate, {
      args: [
        {
          scores,
          vetoFlags: extra.vetoFlags ?? [],
          findings: '',
          rectifyItems: extra.rectifyItems ?? [],
          actor: inspectors[index].actor,
        },
      ],
    });
    state = view.state;
  }
  return state!;
}

/** Confirms the scores (评分) as the organizer. */
export async function confirm(handle: WorkflowHandle): Promise<CaseState> {
  return (
    await handle.executeUpdate(contract.confirmScoresUpdate, { args: [{ note: '', actor: ORGANIZER }] })
  ).state;
}
