import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from './repo-root';

/** Runs a compiled app (dist/…/main.js) as a child process, its log lines prefixed with its name. */
export function spawnService(name: string, entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  const root = repoRoot();
  const child = spawn(
    process.execPath,
    ['-r', path.join(root, 'scripts/register-aliases.js'), path.join(root, entry)],
    {
      cwd: root,
      env: { ...env, SERVICE_NAME: name },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const stream of [child.stdout, child.stderr]) {
    if (stream)
      createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${name}] ${line}\n`));
  }
  return child;
}

/** Asks the child to stop (SIGTERM, graceful) and waits; SIGKILL if it has not gone after the grace time. */
export function stopService(child: ChildProcess, graceMs = 25_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
