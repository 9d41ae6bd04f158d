// `npm run patches [-- --deployed <patch>=<instant> …]`: for each patch in workflows/, how many open runs
// started before its deploy (default: now, which over-counts and so never says "ready" too early). See
// README "Retiring a patch": patched() → deprecatePatch() → deleted, each step when this counts zero.
import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '@app/config';
import { PATCHES } from './patches/patch-table';
import { openRunsStartedBefore, parseDeployedAt, verdict } from './patches/retirement-query';

async function main(): Promise<void> {
  const deployedAt = parseDeployedAt(process.argv.slice(2), PATCHES, new Date());
  const config = loadConfig();
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  try {
    const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
    for (const patch of PATCHES) {
      const before = deployedAt.get(patch.id)!;
      const { count } = await client.workflow.count(openRunsStartedBefore(patch, before));
      process.stdout.write(`${verdict(patch, before, count)}\n`);
    }
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
