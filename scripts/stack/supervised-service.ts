import { ChildProcess } from 'node:child_process';
import { nextRestartDelayMs } from './restart-backoff';
import { spawnService, stopService } from './child-service';

/** A child service kept running: restarted with backoff whenever it exits, until stop(). */
export interface SupervisedService {
  readonly name: string;
  /** The running process (a new one after each restart); undefined while waiting to restart. */
  current(): ChildProcess | undefined;
  /** How many times it has been restarted. */
  restarts(): number;
  /** Stops it for good: no more restarts; the running process is asked to stop (SIGTERM, then SIGKILL). */
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  /** Where the supervisor's own lines go (`make start` prints them with its other lines). */
  say: (line: string) => void;
  /** Starts one process of the service; default: spawnService (compiled app, log lines prefixed). */
  spawn?: () => ChildProcess;
}

/**
 * Runs a service (`make start`'s worker and API) and restarts it whenever it exits unasked — a crash,
 * a SIGKILL, an out-of-memory kill — after a backoff (1 s, doubling to 30 s while it keeps exiting
 * quickly), each exit and restart logged, instead of stopping everything else.
 */
export function superviseService(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  { say, spawn = () => spawnService(name, entry, env) }: SuperviseOptions,
): SupervisedService {
  let child: ChildProcess | undefined;
  let stopping = false;
  let restarts = 0;
  let delay: number | undefined;
  let timer: NodeJS.Timeout | undefined;

  const start = () => {
    timer = undefined;
    const startedAt = Date.now();
    const running = spawn();
    child = running;
    running.once('exit', (code, signal) => {
      child = undefined;
      if (stopping) return;
      const uptimeMs = Date.now() - startedAt;
      delay = nextRestartDelayMs(delay, uptimeMs);
      restarts += 1;
      const how = signal ? `killed by ${signal}` : `exit code ${code}`;
      say(
        `${name} exited (${how}) after ${(uptimeMs / 1000).toFixed(1)} s; ` +
          `restarting it in ${delay / 1000} s (restart ${restarts}).`,
      );
      timer = setTimeout(() => {
        if (stopping) return;
        say(`${name}: starting again.`);
        start();
      }, delay);
    });
  };
  start();

  return {
    name,
    current: () => child,
    restarts: () => restarts,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      if (child) await stopService(child);
    },
  };
}
