import { DefaultLogger, Runtime } from '@temporalio/worker';

let installed = false;

/** Worker logs at WARN, so test output shows failures rather than state changes. Once per process. */
export function quietRuntime(): void {
  if (installed) return;
  Runtime.install({ logger: new DefaultLogger('WARN') });
  installed = true;
}
