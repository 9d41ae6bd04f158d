import { ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { repoRoot } from '../../scripts/stack/repo-root';

/** The loaders `npm run bench` itself runs under: the apps run from source, never from a stale dist/. */
const FROM_SOURCE = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];

/**
 * Runs one of the apps (its real main.ts) as a child process, as `make start` does, its log lines
 * prefixed with its name on stderr.
 */
export function startService(name: string, entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  // BENCH_CPU_PROFILE_DIR=<dir>: each app writes a V8 CPU profile there when it stops (open in Chrome DevTools).
  const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
  const profiling = profileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`]
    : [];
  const child = spawn(process.execPath, [...profiling, ...FROM_SOURCE, entry], {
    cwd: repoRoot(),
    env: { ...env, SERVICE_NAME: name },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream)
      createInterface({ input: stream }).on('line', (line) => process.stderr.write(`[${name}] ${line}\n`));
  }
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') process.stderr.write(`[${name}] exited (${signal ?? code})\n`);
  });
  return child;
}
