import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { quietRuntime } from '../support/quiet-runtime';

const HISTORIES = path.resolve(__dirname, '../histories');

// Year-long cases outlive deployments: today's workflow code must replay every recorded history
// (recorded with `temporal workflow show -w <id> -o json`, see README) without a determinism error.
describe('recorded case and campaign histories replay on the current workflow code', () => {
  const files = readdirSync(HISTORIES).filter((file) => file.endsWith('.json'));

  it('should have recorded histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('should replay %s', async (file) => {
    quietRuntime();
    const history: unknown = JSON.parse(readFileSync(path.join(HISTORIES, file), 'utf8'));
    await expect(
      Worker.runReplayHistory(
        { workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! } },
        history,
        file,
      ),
    ).resolves.toBeUndefined();
  });
});
