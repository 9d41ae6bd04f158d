import { setHandler } from '@temporalio/workflow';
import type { SignalDefinition } from '@temporalio/common';
import {
  applyCampaignDeadline,
  applyTopNDecision,
  CaseInput,
  CaseState,
  closeForCancelledCampaign,
  inputWithMovedDeadline,
} from '@app/domain';
import type { CaseEntity } from './case-entity';
import * as contract from './community-case.contract';

/** What a campaign-wide signal does to one case: its terms (`input`), then its file (`step`). */
interface CampaignSignalStep<P> {
  signal: SignalDefinition<[P]>;
  input?: (input: CaseInput, payload: P) => CaseInput;
  /** A pure step; returning the same file means nothing happened (the signal came twice, or too late). */
  step?: (state: CaseState, payload: P, now: number, input: CaseInput) => CaseState;
}

const on = <P>(entry: CampaignSignalStep<P>): CampaignSignalStep<unknown> =>
  entry as CampaignSignalStep<unknown>;

// Every signal the campaign workflow sends its started cases, page by page, in the order the workflow
// sets their handlers. Each is idempotent in the case.
const CAMPAIGN_SIGNALS = [
  // The input's schedule follows too, so a stage not reached yet starts with the new date.
  on({
    signal: contract.campaignDeadlineMovedSignal,
    input: inputWithMovedDeadline,
    step: applyCampaignDeadline,
  }),
  on({ signal: contract.campaignAwardDecisionSignal, step: applyTopNDecision }),
  // Only the input changes: it counts the notice and rectification periods that start from now on.
  on({ signal: contract.workingCalendarChangedSignal, input: (input, calendar) => ({ ...input, calendar }) }),
  on({ signal: contract.campaignCancelledSignal, step: closeForCancelledCampaign }),
];

/** Sets the handler of every campaign signal: the input changes first, then the step is committed. */
export function setCampaignHandlers(entity: CaseEntity): void {
  for (const { signal, input, step } of CAMPAIGN_SIGNALS) {
    setHandler(signal, async (payload: unknown) => {
      if (input) entity.input = input(entity.input, payload);
      const next = step ? step(entity.state, payload, Date.now(), entity.input) : entity.state;
      if (next !== entity.state) await entity.commit(next, payload);
    });
  }
}
