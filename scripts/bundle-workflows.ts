// Pre-bundles workflows/ so a production worker starts without webpack (WORKFLOW_BUNDLE_PATH points here).
import { writeFileSync } from 'node:fs';
import { bundleWorkflows } from '../apps/worker/src/temporal/workflow-bundle';

const target = process.argv[2] ?? 'dist/workflow-bundle.js';
bundleWorkflows()
  .then(({ code }) => {
    writeFileSync(target, code);
    process.stdout.write(`workflow bundle written to ${target}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`bundling failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
