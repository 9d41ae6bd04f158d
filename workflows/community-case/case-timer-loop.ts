import { CancellationScope, condition, sleep } from '@temporalio/workflow';
import { isClosed, nextTimer, reminderNotification, reminderSent } from '@app/domain';
import type { CaseTimer } from '@app/domain';
import type { CaseEntity } from './case-entity';
import { notify } from './case-notifications';
import { timeWriting } from '../local-time-texts';

/** True from now on once any action changes the case or a reminder goes out. */
function changeWatch(entity: CaseEntity): () => boolean {
  const seq = entity.state.seq;
  const sent = entity.state.remindersSent.length;
  return () => entity.state.seq !== seq || entity.state.remindersSent.length !== sent;
}

/** Fires the timer: a transition (deadline, award day) is committed, a reminder sent once. */
async function fire(entity: CaseEntity, timer: CaseTimer): Promise<void> {
  if (timer.kind === 'TRANSITION') {
    await entity.commit(timer.apply(entity.state, Date.now()), null);
  } else {
    await notify(reminderNotification(entity.state, entity.input, timer.point, timeWriting()));
    entity.remember(reminderSent(entity.state, timer.point));
  }
}

/**
 * Runs before patch `lean-update-task`: sleeps until the case's next timer (a deadline, the award day, a
 * reminder) or until any action changes the case, then recomputes. Every action cancels the timer and
 * starts a new one, even for the same instant.
 */
export async function runTimersRestartingOnChange(entity: CaseEntity): Promise<void> {
  while (!isClosed(entity.state.stage)) {
    const timer = nextTimer(entity.state, entity.input);
    const changed = changeWatch(entity);
    if (!timer) {
      await condition(changed);
      continue;
    }
    // A zero-length timer is not a timer; 1 ms fires at once.
    if (await condition(changed, Math.max(timer.at - Date.now(), 1))) continue;
    await fire(entity, timer);
  }
}

/** One durable timer, kept while its target instant stays the same. */
class AimedTimer {
  private scope: CancellationScope | undefined;
  private at: number | undefined;
  fired = false;

  aimAt(at: number): void {
    if (this.scope && this.at === at) return;
    this.cancel();
    const scope = new CancellationScope();
    this.scope = scope;
    this.at = at;
    this.fired = false;
    // A zero-length timer is not a timer; 1 ms fires at once.
    scope
      .run(() => sleep(Math.max(at - Date.now(), 1)))
      .then(
        () => {
          if (this.scope === scope) this.fired = true;
        },
        // Cancelled: a new target replaced it.
        () => undefined,
      );
  }

  /** Forgets a timer that fired (nothing to cancel). */
  spent(): void {
    this.scope = undefined;
    this.at = undefined;
    this.fired = false;
  }

  cancel(): void {
    if (this.scope && !this.fired) this.scope.cancel();
    this.spent();
  }
}

/**
 * The same loop, keeping the timer when an action leaves the next instant unchanged (most do: a check,
 * an objection), so an action's workflow task carries no timer commands and its reply goes out sooner.
 * A moved deadline still moves its timer and reminders, and none fires twice.
 */
export async function runTimersKeepingTarget(entity: CaseEntity): Promise<void> {
  const timerAt = new AimedTimer();
  while (!isClosed(entity.state.stage)) {
    const timer = nextTimer(entity.state, entity.input);
    const changed = changeWatch(entity);
    if (!timer) {
      timerAt.cancel();
      await condition(changed);
      continue;
    }
    timerAt.aimAt(timer.at);
    if (!timerAt.fired) {
      await condition(() => timerAt.fired || changed());
      continue;
    }
    timerAt.spent();
    await fire(entity, timer);
  }
  timerAt.cancel();
}
