import { say } from './say';

/** What the bench started, stopped in reverse order; each step runs even when an earlier one fails. */
export class Teardown {
  private readonly steps: { what: string; stop: () => Promise<unknown> }[] = [];
  private running?: Promise<void>;

  add(what: string, stop: () => Promise<unknown>): void {
    this.steps.push({ what, stop });
  }

  /** Runs once; a second caller (a signal during a failure) waits for the same run. */
  run(): Promise<void> {
    this.running ??= this.stopAll();
    return this.running;
  }

  private async stopAll(): Promise<void> {
    for (const { what, stop } of [...this.steps].reverse()) {
      try {
        await stop();
      } catch (error) {
        say(`teardown: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
