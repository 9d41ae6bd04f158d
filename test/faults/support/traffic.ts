/**
 * Clients sending actions back to back for as long as it runs, so faults strike actions in flight and
 * not only the ones a test sends on purpose. A failed send (no answer at all) fails stop().
 */
export class Traffic {
  private running = false;
  private loops: Promise<void>[] = [];

  constructor(private readonly send: () => Promise<unknown>) {}

  start(clients: number): void {
    this.running = true;
    this.loops = Array.from({ length: clients }, () => this.loop());
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async loop(): Promise<void> {
    while (this.running) await this.send();
  }
}
