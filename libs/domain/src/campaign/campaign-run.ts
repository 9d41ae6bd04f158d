import { DomainError, DomainErrorCode, Problem } from '../errors/domain-error';
import { instantProblem } from '../storage/storable';
import type { Actor } from '../case/case-state';
import type { CampaignSchedule } from './campaign.types';

/** The phases whose due date an organizer can move for everyone (全体延期). */
export type CampaignPhase = 'application' | 'selfCheck' | 'inspection';

export const PHASE_FIELD: Record<CampaignPhase, 'applicationDueAt' | 'selfCheckDueAt' | 'inspectionDueAt'> = {
  application: 'applicationDueAt',
  selfCheck: 'selfCheckDueAt',
  inspection: 'inspectionDueAt',
};

export interface CampaignLogEntry {
  action: string;
  at: string;
  by: Actor;
  detail: string;
}

/** What the campaign workflow holds: the live schedule and what it has done in bulk. */
export interface CampaignRunState {
  campaignId: string;
  title: string;
  schedule: CampaignSchedule;
  status: 'RUNNING' | 'CANCELLED' | 'FINISHED';
  applicationClosed: boolean;
  /** Keys of the bulk reminders already sent to communities that have not applied. */
  remindersSent: string[];
  log: CampaignLogEntry[];
}

export interface ExtendPhaseCommand {
  phase: CampaignPhase;
  newDueAt: string;
  reason: string;
  actor: Actor;
}

export interface CancelCampaignCommand {
  reason: string;
  actor: Actor;
}

function assertRunning(state: CampaignRunState): void {
  if (state.status !== 'RUNNING') {
    throw new DomainError(DomainErrorCode.WRONG_STAGE, `The campaign is ${state.status}`, {
      status: state.status,
    });
  }
}

/** Moves one phase's due date later for every case of the campaign. */
export function extendPhase(
  state: CampaignRunState,
  command: ExtendPhaseCommand,
  now: number,
): CampaignRunState {
  assertRunning(state);
  const problems: Problem[] = [];
  const field = PHASE_FIELD[command.phase];
  if (!field) problems.push({ field: 'phase', message: 'expected application, selfCheck or inspection' });
  if (command.reason.trim().length === 0) problems.push({ field: 'reason', message: 'a reason is required' });
  const next = Date.parse(command.newDueAt);
  const current = field ? state.schedule[field] : '';
  if (Number.isNaN(next))
    problems.push({ field: 'newDueAt', message: 'expected an ISO date-time, e.g. 2027-01-15T16:00:00Z' });
  else if (field && (next <= Date.parse(current) || next <= now)) {
    problems.push({
      field: 'newDueAt',
      message: `must be later than the current ${command.phase} due date ${current} and than now`,
    });
  } else {
    const tooLate = instantProblem('newDueAt', next);
    if (tooLate) problems.push(tooLate);
  }
  if (command.phase === 'application' && state.applicationClosed) {
    problems.push({ field: 'phase', message: 'the application window has already closed' });
  }
  if (problems.length > 0) throw DomainError.validation(problems);
  const dueAt = new Date(next).toISOString();
  const entry = {
    action: `EXTEND_PHASE:${command.phase}`,
    at: new Date(now).toISOString(),
    by: command.actor,
    detail: `${dueAt} (${command.reason.trim()})`,
  };
  return { ...state, schedule: { ...state.schedule, [field]: dueAt }, log: [...state.log, entry] };
}

/** Cancels the campaign: every open case will be closed with the reason. */
export function cancelCampaign(
  state: CampaignRunState,
  command: CancelCampaignCommand,
  now: number,
): CampaignRunState {
  assertRunning(state);
  if (command.reason.trim().length === 0)
    throw DomainError.validation([{ field: 'reason', message: 'a reason is required' }]);
  const entry = {
    action: 'CANCEL_CAMPAIGN',
    at: new Date(now).toISOString(),
    by: command.actor,
    detail: command.reason.trim(),
  };
  return { ...state, status: 'CANCELLED', log: [...state.log, entry] };
}

/** The next bulk application reminder (offsets before the due date), or null; none is sent twice. */
export function nextApplicationReminder(
  state: CampaignRunState,
  offsetsMs: number[],
  since: number,
): { key: string; at: number; offsetMs: number } | null {
  if (state.applicationClosed || state.status !== 'RUNNING') return null;
  const due = state.schedule.applicationDueAt;
  const points = offsetsMs
    .map((offsetMs) => ({
      key: `${state.campaignId}|application@${due}|BEFORE-${offsetMs}`,
      at: Date.parse(due) - offsetMs,
      offsetMs,
    }))
    .filter((point) => point.at >= since && !state.remindersSent.includes(point.key))
    .sort((a, b) => a.at - b.at);
  return points[0] ?? null;
}

/** A launched campaign's run as it starts: running, its window open, nothing sent or logged yet. */
export function newCampaignRunState(
  campaign: Pick<CampaignRunState, 'campaignId' | 'title' | 'schedule'>,
): CampaignRunState {
  const { campaignId, title, schedule } = campaign;
  return {
    campaignId,
    title,
    schedule,
    status: 'RUNNING',
    applicationClosed: false,
    remindersSent: [],
    log: [],
  };
}
