import { DataSource } from 'typeorm';
import { CaseInput } from '@app/domain';
import { caseInput } from './case-fixtures';

// A small jurisdiction tree of its own (ids prefixed cx-) so it never collides with other spec files
// sharing the run's database: two streets, three communities in street A.
const NODES: [id: string, parent: string | null, level: string, path: string, kind: string | null][] = [
  ['cx', null, 'PROVINCE', '/cx/', null],
  ['cx-street-a', 'cx', 'STREET', '/cx/cx-street-a/', null],
  ['cx-street-b', 'cx', 'STREET', '/cx/cx-street-b/', null],
  ['cx-01', 'cx-street-a', 'COMMUNITY', '/cx/cx-street-a/cx-01/', 'URBAN'],
  ['cx-02', 'cx-street-a', 'COMMUNITY', '/cx/cx-street-a/cx-02/', 'URBAN'],
  ['cx-03', 'cx-street-a', 'COMMUNITY', '/cx/cx-street-a/cx-03/', 'URBAN'],
];

export async function seedCaseTree(dataSource: DataSource): Promise<void> {
  for (const [id, parent, level, path, kind] of NODES) {
    await dataSource.query(
      `INSERT INTO jurisdiction (id, parent_id, level, name, kind, path) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [id, parent, level, `${id} 名称`, kind, path],
    );
  }
}

/** A case input for one of the tree's communities in the given campaign. */
export function treeCaseInput(campaignId: string, communityId: string): CaseInput {
  const input = caseInput({}, communityId);
  return {
    ...input,
    campaignId,
    community: {
      id: communityId,
      name: `${communityId} 社区`,
      kind: 'URBAN',
      streetId: 'cx-street-a',
      path: `/cx/cx-street-a/${communityId}/`,
    },
  };
}
