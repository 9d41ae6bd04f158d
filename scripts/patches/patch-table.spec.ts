import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATCHES } from './patch-table';
import { openRunsStartedBefore, parseDeployedAt, verdict } from './retirement-query';

const WORKFLOWS = join(__dirname, '..', '..', 'workflows');

/** Every `patched(…)` id in workflows/, found through the constants the calls take. */
function patchIdsInWorkflows(): string[] {
  const files = readdirSync(WORKFLOWS, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'),
  );
  const ids: string[] = [];
  for (const file of files) {
    const source = readFileSync(join(WORKFLOWS, file), 'utf8');
    for (const match of source.matchAll(/export const \w+_PATCH = '([^']+)'/g)) ids.push(match[1]);
    if (/patched\('/.test(source))
      throw new Error(`${file}: patched() with a literal id; name it in a *_PATCH constant`);
  }
  return ids.sort();
}

describe('patch retirement', () => {
  it('should list exactly the patches workflows/ checks', () => {
    expect(PATCHES.map((patch) => patch.id).sort()).toEqual(patchIdsInWorkflows());
  });

  it('should count open runs of the patch workflow types started before the instant', () => {
    const patch = PATCHES.find((entry) => entry.id === 'local-time-texts')!;
    expect(openRunsStartedBefore(patch, new Date('2026-12-01T01:00:00.000Z'))).toBe(
      "WorkflowType IN ('communityCaseWorkflow', 'campaignWorkflow') AND ExecutionStatus = 'Running' AND StartTime < '2026-12-01T01:00:00.000Z'",
    );
  });

  it('should default every patch to now and read a deploy instant with its offset', () => {
    const now = new Date('2026-12-05T00:00:00Z');
    const at = parseDeployedAt(['--deployed', 'claim-on-open=2026-12-01T09:00:00+08:00'], PATCHES, now);
    expect(at.get('claim-on-open')).toEqual(new Date('2026-12-01T01:00:00Z'));
    expect(at.get('record-after-reply')).toEqual(now);
  });

  it('should refuse an unknown patch and an instant without its offset', () => {
    const now = new Date();
    expect(() => parseDeployedAt(['--deployed', 'nope=2026-12-01T09:00:00Z'], PATCHES, now)).toThrow(
      'no patch nope',
    );
    expect(() => parseDeployedAt(['--deployed', 'claim-on-open=2026-12-01'], PATCHES, now)).toThrow(
      'expected an instant with its offset',
    );
  });

  it('should say ready only when no open run predates the instant', () => {
    const patch = PATCHES[0];
    const before = new Date('2026-12-01T00:00:00Z');
    expect(verdict(patch, before, 0)).toMatch(/: ready for the next step$/);
    expect(verdict(patch, before, 3)).toMatch(
      /^record-after-reply: 3 open communityCaseWorkflow runs .*: wait$/,
    );
  });
});
