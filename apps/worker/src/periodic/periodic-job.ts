import { Logger } from '@nestjs/common';

/**
 * Runs `work` now and then every `intervalMs` after the previous run ended, until stopped. A failed run
 * is logged and the next one comes at the usual time; stop() waits for a run in progress to end.
 */
export class PeriodicJob {
  private running: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private stopping = false;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly work: () => Promise<void>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopping = false;
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    this.running = undefined;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.work();
      } catch (error) {
        this.logger.error(
          { err: error, job: this.name },
          `${this.name} failed; trying again at the next interval`,
        );
      }
      await this.pause();
    }
  }

  private pause(): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.intervalMs);
      this.wake = done;
    });
  }
}
