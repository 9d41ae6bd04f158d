import { Injectable, Optional } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig, loadConfig } from '@app/config';
import {
  Actor,
  caseInputFor,
  DEFAULT_TIME_ZONE,
  newCaseState,
  selectTopN,
  SYSTEM_ACTOR,
  WEEKENDS_ONLY,
} from '@app/domain';
import {
  AuditTrailWriter,
  CampaignRunRepository,
  checkpointSignerOf,
  closeUnstartedCases,
  insertInvitedCasesFor,
  moveUnstartedApplicationDeadline,
  Transaction,
} from '@app/persistence';
import type { CampaignActivities, CaseSignal } from '@app/workflows/campaign/campaign-activities.contract';
import {
  campaignAwardDecisionSignal,
  campaignCancelledSignal,
  campaignDeadlineMovedSignal,
  caseWorkflowId,
  workingCalendarChangedSignal,
} from '@app/workflows/community-case/community-case.contract';

const PAGE = 500;
const PARALLEL_SIGNALS = 50;

/** The campaign workflow's bulk work: one statement (or one page of signals) per call, each idempotent. */
@Injectable()
export class CampaignBulkActivities implements CampaignActivities {
  private readonly auditTrail: AuditTrailWriter;

  // Without the config (tests construct it bare) the environment's is read.
  constructor(
    private readonly runs: CampaignRunRepository,
    private readonly client: Client,
    @Optional() config?: AppConfig,
  ) {
    this.auditTrail = new AuditTrailWriter(checkpointSignerOf(config ?? loadConfig()));
  }

  /** Runs the statement and, when it changed anything, its one audit line in the same transaction. */
  private changeAudited(
    campaignId: string,
    actor: Actor,
    action: string,
    work: (tx: Transaction) => Promise<number>,
    payload: object,
  ) {
    return this.runs.inTransaction(async (tx) => {
      const changed = await work(tx);
      // A retry after a commit changes nothing and records nothing.
      if (changed > 0)
        await this.auditTrail.appendApiEvent(tx, {
          campaignId,
          actor,
          action,
          payload: { ...payload, changed },
        });
      return changed;
    });
  }

  closeUnapplied({ campaignId, dueAt }: { campaignId: string; dueAt: string }): Promise<number> {
    const at = new Date().toISOString();
    return this.changeAudited(
      campaignId,
      SYSTEM_ACTOR,
      'CLOSE_NOT_APPLIED',
      (tx) => closeUnstartedCases(tx, campaignId, { kind: 'NOT_APPLIED', at }),
      { dueAt },
    );
  }

  remindUnapplied({
    campaignId,
    key,
    title,
  }: {
    campaignId: string;
    key: string;
    dueAt: string;
    title: string;
  }): Promise<number> {
    return this.runs.remindUnstarted({
      campaignId,
      keyPrefix: key,
      kind: 'BEFORE',
      title,
      body: campaignId,
    });
  }

  moveApplicationDeadline(input: {
    campaignId: string;
    dueAt: string;
    actor: Actor;
    reason: string;
  }): Promise<number> {
    const { campaignId, dueAt, actor, reason } = input;
    const at = new Date().toISOString();
    return this.changeAudited(
      campaignId,
      actor,
      'EXTEND_PHASE_UNSTARTED',
      (tx) => moveUnstartedApplicationDeadline(tx, { campaignId, dueAt, at, actor, reason }),
      { dueAt, reason },
    );
  }

  async saveSchedule(input: {
    campaignId: string;
    field: string;
    dueAt: string;
    actor: Actor;
    reason: string;
  }): Promise<void> {
    const { campaignId, field, dueAt, actor, reason } = input;
    await this.runs.inTransaction(async (tx) => {
      const changed = await this.runs.saveScheduleField(tx, campaignId, field, dueAt);
      if (changed > 0)
        await this.auditTrail.appendApiEvent(tx, {
          campaignId,
          actor,
          action: 'EXTEND_PHASE',
          payload: { field, dueAt, reason },
        });
    });
  }

  cancelUnstarted({
    campaignId,
    reason,
    actor,
  }: {
    campaignId: string;
    reason: string;
    actor: Actor;
  }): Promise<number> {
    const at = new Date().toISOString();
    return this.changeAudited(
      campaignId,
      actor,
      'CANCEL_CAMPAIGN',
      async (tx) => {
        const cancelled = await this.runs.markCancelled(tx, campaignId);
        const closed = await closeUnstartedCases(tx, campaignId, { kind: 'CANCELLED', reason, actor, at });
        return cancelled + closed;
      },
      { reason },
    );
  }

  async addCommunities({
    campaignId,
    communityIds,
    actor,
  }: {
    campaignId: string;
    communityIds: string[];
    actor: Actor;
  }): Promise<number> {
    const campaign = await this.runs.getWithStandard(campaignId);
    const place = { id: '', name: '', kind: 'URBAN' as const, streetId: '', path: '' };
    // Only the opening state goes into the rows; the zone and calendar join the input at the case's start.
    const time = { timeZone: DEFAULT_TIME_ZONE, calendar: WEEKENDS_ONLY };
    const template = newCaseState(
      '',
      caseInputFor(campaign, place, campaign.standard!.definition, time),
      Date.now(),
    );
    return this.changeAudited(
      campaignId,
      actor,
      'ADD_COMMUNITIES',
      (tx) => insertInvitedCasesFor(tx, { id: campaignId, template }, communityIds),
      { communityIds },
    );
  }

  countAwaitingTopN({ campaignId }: { campaignId: string }): Promise<number> {
    return this.runs.countAwaitingTopN(campaignId);
  }

  /** Ranks (pure selectTopN), records the ranking in the audit trail, then tells every case. */
  async decideTopN({
    campaignId,
    topN,
    tieBreak,
  }: {
    campaignId: string;
    topN: number;
    tieBreak: string | null;
  }) {
    const decisions = selectTopN(await this.runs.topNCandidates(campaignId), topN, tieBreak);
    const awarded = decisions.filter((decision) => decision.awarded);
    await this.runs.inTransaction((tx) =>
      this.auditTrail.appendApiEvent(tx, {
        campaignId,
        actor: SYSTEM_ACTOR,
        action: 'TOP_N_DECIDED',
        payload: { topN, tieBreak, ranking: decisions.map(({ communityId, rank }) => [rank, communityId]) },
      }),
    );
    for (let index = 0; index < decisions.length; index += PARALLEL_SIGNALS) {
      await Promise.all(
        decisions
          .slice(index, index + PARALLEL_SIGNALS)
          .map(({ communityId, rank, awarded: isAwarded }) =>
            this.client.workflow
              .getHandle(caseWorkflowId(campaignId, communityId))
              .signal(campaignAwardDecisionSignal, { awarded: isAwarded, rank, topN }),
          ),
      );
    }
    return { awarded: awarded.length, ranked: decisions.length };
  }

  async signalStartedCases({
    campaignId,
    afterCommunityId,
    signal,
  }: {
    campaignId: string;
    afterCommunityId: string;
    signal: CaseSignal;
  }): Promise<string | null> {
    const page = await this.runs.startedCasePage({
      campaignId,
      afterCommunityId,
      limit: PAGE,
    });
    for (let index = 0; index < page.length; index += PARALLEL_SIGNALS) {
      await Promise.all(
        page
          .slice(index, index + PARALLEL_SIGNALS)
          .map((communityId) => this.signal(caseWorkflowId(campaignId, communityId), signal)),
      );
    }
    return page.length < PAGE ? null : page[page.length - 1];
  }

  private async signal(workflowId: string, signal: CaseSignal): Promise<void> {
    const handle = this.client.workflow.getHandle(workflowId);
    try {
      switch (signal.kind) {
        case 'CANCELLED':
          await handle.signal(campaignCancelledSignal, { reason: signal.reason, actor: signal.actor });
          break;
        case 'CALENDAR_CHANGED':
          await handle.signal(workingCalendarChangedSignal, signal.calendar);
          break;
        case 'DEADLINE_MOVED':
          await handle.signal(campaignDeadlineMovedSignal, {
            deadline: signal.deadline,
            dueAt: signal.dueAt,
            reason: signal.reason,
            actor: signal.actor,
          });
      }
    } catch (error) {
      // A case that has already completed has nothing left to change.
      if (!(error instanceof Error && error.name === 'WorkflowNotFoundError')) throw error;
    }
  }
}
