import { CancellationScope, condition, sleep } from '@temporalio/workflow';
import { isClosed, nextTimer, reminderNotification } from '@app/domain';
import type { CaseInput, CaseNotification, CaseState, CaseTimer, TimeWriting } from '@app/domain';

export interface TimerLoopPorts {
  current: () => CaseState;
  input: () => CaseInput;
  commit: (next: CaseState) => Promise<unknown>;
  notify: (notification: CaseNotification) => Promise<void>;
  /** How the reminder about to go out writes its times (decided by a patch, in workflow code). */
  timeWriting: () => TimeWriting;
}

/** True from now on once any action changes the case or a reminder goes out. */
function changeWatch(current: () => CaseState): () => boolean {
  const seq = current().seq;
  const sent = current().remindersSent.length;
  return () => current().seq !== seq || current().remindersSent.length !== sent;
}

/** Fires the timer: a transition (deadline, award day) is committed, a reminder sent once. */
async function fire(ports: TimerLoopPorts, timer: CaseTimer): Promise<void> {
  if (timer.kind === 'TRANSITION') {
    await ports.commit(timer.apply(ports.current(), Date.now()));
  } else {
    await ports.notify(
      reminderNotification(ports.current(), ports.input(), timer.point, ports.timeWriting()),
    );
    ports.current().remindersSent.push(timer.point.key);
  }
}

/**
 * Runs before patch `lean-update-task`: sleeps until the case's next timer (a deadline, the award day, a
 * reminder) or until any action changes the case, then recomputes. Every action cancels the timer and
 * starts a new one, even for the same instant.
 */
export async function runTimersRestartingOnChange(ports: TimerLoopPorts): Promise<void> {
  while (!isClosed(ports.current().stage)) {
    const timer = nextTimer(ports.current(), ports.input());
    const changed = changeWatch(ports.current);
    if (!timer) {
      await condition(changed);
      continue;
    }
    // A zero-length timer is not a timer; 1 ms fires at once.
    if (await condition(changed, Math.max(timer.at - Date.now(), 1))) continue;
    await fire(ports, timer);
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
export async function runTimersKeepingTarget(ports: TimerLoopPorts): Promise<void> {
  const timerAt = new AimedTimer();
  while (!isClosed(ports.current().stage)) {
    const timer = nextTimer(ports.current(), ports.input());
    const changed = changeWatch(ports.current);
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
    await fire(ports, timer);
  }
  timerAt.cancel();
}
