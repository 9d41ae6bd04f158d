import {
  condition,
  continueAsNew,
  setHandler,
  workflowInfo,
  allHandlersFinished,
} from '@temporalio/workflow';
import {
  applicationReminderTitle,
  cancelCampaign,
  CampaignRunState,
  CancelCampaignCommand,
  closeApplicationWindow,
  ExtendPhaseCommand,
  extendPhase,
  newCampaignRunState,
  nextApplicationReminder,
  PHASE_FIELD,
  withApplicationReminderSent,
} from '@app/domain';
import { bulk, decideTopN, signalAll } from './campaign-bulk-steps';
import {
  addCommunitiesUpdate,
  CampaignRunInput,
  campaignRunQuery,
  cancelCampaignUpdate,
  extendPhaseUpdate,
  workingCalendarChangedSignal,
} from './campaign.contract';
import { orFail } from '../community-case/domain-failure';
import { timeWriting } from '../local-time-texts';

/**
 * Drives a launched campaign's schedule in bulk: reminders to communities that have not applied,
 * closing the application window for all of them in one step, campaign-wide extensions and cancel.
 * Cases that have started run their own deadlines; this workflow never holds one child per community.
 */
export async function campaignWorkflow(input: CampaignRunInput): Promise<CampaignRunState> {
  let state: CampaignRunState = input.state ?? newCampaignRunState(input);
  const startedAt = Date.now();
  let changes = 0;

  setHandler(campaignRunQuery, () => state);
  setHandler(
    extendPhaseUpdate,
    async (command) => {
      state = extendPhase(state, command, Date.now());
      changes += 1;
      const dueAt = state.schedule[PHASE_FIELD[command.phase]];
      const { actor, reason } = command;
      await bulk.saveSchedule({
        campaignId: state.campaignId,
        field: PHASE_FIELD[command.phase],
        dueAt,
        actor,
        reason,
      });
      if (command.phase === 'application')
        await bulk.moveApplicationDeadline({ campaignId: state.campaignId, dueAt, actor, reason });
      await signalAll(state.campaignId, {
        kind: 'DEADLINE_MOVED',
        deadline: command.phase,
        dueAt,
        reason,
        actor,
      });
      return state;
    },
    {
      validator: (command: ExtendPhaseCommand): void =>
        void orFail(() => extendPhase(state, command, Date.now())),
    },
  );
  setHandler(
    cancelCampaignUpdate,
    async (command) => {
      state = cancelCampaign(state, command, Date.now());
      changes += 1;
      await bulk.cancelUnstarted({
        campaignId: state.campaignId,
        reason: command.reason,
        actor: command.actor,
      });
      await signalAll(state.campaignId, { kind: 'CANCELLED', reason: command.reason, actor: command.actor });
      return state;
    },
    {
      validator: (command: CancelCampaignCommand): void =>
        void orFail(() => cancelCampaign(state, command, Date.now())),
    },
  );
  // Cases not started yet read the calendar when they start; started ones are told, page by page.
  setHandler(workingCalendarChangedSignal, async (calendar) => {
    await signalAll(state.campaignId, { kind: 'CALENDAR_CHANGED', calendar });
  });
  setHandler(addCommunitiesUpdate, async (command) => ({
    added: await bulk.addCommunities({
      campaignId: state.campaignId,
      communityIds: command.communityIds,
      actor: command.actor,
    }),
  }));

  while (state.status === 'RUNNING' && !state.applicationClosed) {
    const reminder = nextApplicationReminder(state, input.reminderOffsetsMs, startedAt);
    const dueAt = state.schedule.applicationDueAt;
    const wakeAt = reminder?.at ?? Date.parse(dueAt);
    const seen = changes;
    if (
      await condition(() => changes !== seen || state.status !== 'RUNNING', Math.max(wakeAt - Date.now(), 1))
    )
      continue;
    if (reminder) {
      // Patch local-time-texts: the due time as a person reads it; earlier runs wrote UTC ISO.
      const title = applicationReminderTitle(dueAt, timeWriting(), input.timeZone);
      await bulk.remindUnapplied({ campaignId: state.campaignId, key: reminder.key, dueAt, title });
      state = withApplicationReminderSent(state, reminder.key);
    } else {
      await bulk.closeUnapplied({ campaignId: state.campaignId, dueAt });
      state = closeApplicationWindow(state, dueAt, Date.now());
    }
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof campaignWorkflow>({ ...input, state });
    }
  }
  // Stay reachable for campaign-wide extensions and cancel until the award day; every extension adds
  // history, so a long wait also continues as new when the server suggests it.
  while (state.status === 'RUNNING' && Date.now() < Date.parse(state.schedule.awardAt)) {
    const seen = changes;
    const untilAward = Math.max(Date.parse(state.schedule.awardAt) - Date.now(), 1);
    await condition(() => changes !== seen || state.status !== 'RUNNING', untilAward);
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof campaignWorkflow>({ ...input, state });
    }
  }
  if (state.status === 'RUNNING' && input.award.topN !== null)
    state = await decideTopN(() => state, input, input.award.topN);
  await condition(allHandlersFinished);
  return state.status === 'RUNNING' ? { ...state, status: 'FINISHED' } : state;
}
