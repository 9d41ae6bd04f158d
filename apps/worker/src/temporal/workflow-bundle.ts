import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, DefaultLogger, WorkflowBundleWithSourceMap } from '@temporalio/worker';

// Same relative place in the sources and in dist/, so one computation serves both.
const codeRoot = path.resolve(__dirname, '../../../..');

function findRepoFile(name: string): string {
  for (let dir = codeRoot; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${name} not found above ${codeRoot}`);
  }
}

/** The @app/* aliases of tsconfig.json as webpack aliases, rooted at the sources or at dist/. */
export function workflowAliases(): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(findRepoFile('tsconfig.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const aliases: Record<string, string> = {};
  for (const [key, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
    if (!key.endsWith('/*')) aliases[key] = path.join(codeRoot, target);
  }
  return aliases;
}

/** Bundles workflows/ for the Worker (the sandbox gets only deterministic code and the pure domain lib). */
export function bundleWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  const workflowsPath = require.resolve(path.join(codeRoot, 'workflows'));
  return bundleWorkflowCode({
    workflowsPath,
    logger: new DefaultLogger('WARN'),
    webpackConfigHook: (config) => ({
      ...config,
      resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as object), ...workflowAliases() } },
    }),
  });
}
