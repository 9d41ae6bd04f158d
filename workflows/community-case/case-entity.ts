import { condition, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import {
  allowedActions,
  caseEvents,
  CaseInput,
  CaseStage,
  CaseState,
  IdempotencyLedger,
  newCaseState,
  openingEvent,
} from '@app/domain';
import type { CaseChange, CaseOpening } from './case-activities.contract';
import type { CaseView } from './community-case.contract';
import { CaseRecorder } from './case-recorder';
import { CASE_STAGE } from '../search-attributes';

/** The patches a case run took at its start (see community-case.workflow.ts). */
export interface CasePatches {
  recordAfterReply: boolean;
  leanUpdateTask: boolean;
  claimOnOpen: boolean;
}

/**
 * One case run's state and the only ways to change it: the case file (`state`), the campaign's terms as
 * the case knows them (`input`), `commit` (a step becomes the file and is recorded), `view` (what a
 * client sees) and the recorder that writes each committed step. Handlers and timers hold this entity;
 * the rules themselves are the domain's pure steps.
 */
export class CaseEntity {
  state: CaseState;
  input: CaseInput;
  /** True once the opening is written (or found closed by the campaign); actions wait for it. */
  opened = false;
  readonly recorder: CaseRecorder;
  readonly ledger = new IdempotencyLedger();
  /**
   * Taken before any handler is set: an Update sent with the start (update-with-start) runs the moment
   * its handler is set, and the opening must record the case as invited, not as that Update left it.
   */
  private readonly opening: CaseChange;
  private stageAttribute: CaseStage;

  constructor(
    input: CaseInput,
    readonly patches: CasePatches,
  ) {
    this.input = input;
    this.state = newCaseState(workflowInfo().workflowId, input, Date.now());
    this.recorder = new CaseRecorder(patches.recordAfterReply);
    this.stageAttribute = this.state.stage;
    // The stage search attribute (a visibility write on the server) is set after the step is written,
    // not in the task that carries the reply; older runs set it with the step.
    if (patches.leanUpdateTask) this.recorder.onWritten((written) => this.showStage(written.stage));
    this.opening = { state: this.state, events: [openingEvent(this.state, input, Date.now())] };
  }

  view(): CaseView {
    return { state: this.state, allowedActions: allowedActions(this.state, Date.now()) };
  }

  /** Makes `next` the case file and records it with its audit events; replies with the view. */
  async commit(next: CaseState, payload: unknown): Promise<CaseView> {
    const before = this.state;
    this.state = next;
    if (!this.patches.leanUpdateTask) this.showStage(next.stage);
    await this.recorder.record({ state: next, events: caseEvents(before, next, payload) });
    return this.view();
  }

  /** Replaces the file without a step (a reminder's bookkeeping: nothing to record or audit). */
  remember(next: CaseState): void {
    this.state = next;
  }

  /**
   * Set when the case must be opened (and may turn out closed by the campaign) before a first action
   * is taken (patch `claim-on-open`); null for runs started before it.
   */
  awaitOpening(): (() => Promise<void>) | null {
    if (!this.patches.claimOnOpen) return null;
    return () => (this.opened ? Promise.resolve() : condition(() => this.opened));
  }

  /** Writes the opening (the case's first step); take its outcome with `takeOpening`. */
  open(): Promise<CaseOpening> {
    return this.recorder.open(this.opening, this.patches.claimOnOpen);
  }

  /**
   * The opening is written: actions may proceed. A case the campaign's set-based close took first is
   * held as closed and records nothing. (Separate from `open` so the run resumes in the same tick.)
   */
  takeOpening({ closedByCampaign }: CaseOpening): void {
    if (closedByCampaign) this.state = closedByCampaign;
    this.opened = true;
  }

  /** True once every committed step is written. */
  recordedUpTo(seq: number): boolean {
    return this.recorder.recordedSeq >= seq;
  }

  private showStage(stage: CaseStage): void {
    if (stage === this.stageAttribute) return;
    this.stageAttribute = stage;
    upsertSearchAttributes([{ key: CASE_STAGE, value: stage }]);
  }
}
