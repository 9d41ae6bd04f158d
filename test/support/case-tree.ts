import { DataSource } from 'typeorm';
import { CaseInput } from '@app/domain';
import { caseInput } from './case-fixtures';

// A small jurisdiction tree of its own per spec file (ids start with the given prefix) so users and
// notifications never mix with other spec files sharing the run's database: a province with two streets,
// three communities in street A (<p>-01 … <p>-03).
function nodes(
  p: string,
): [id: string, parent: string | null, level: string, path: string, kind: string | null][] {
  return [
    [p, null, 'PROVINCE', `/${p}/`, null],
    [`${p}-street-a`, p, 'STREET', `/${p}/${p}-street-a/`, null],
    [`${p}-street-b`, p, 'STREET', `/${p}/${p}-street-b/`, null],
    ...['01', '02', '03'].map((n): [string, string, string, string, string] => [
      `${p}-${n}`,
      `${p}-street-a`,
      'COMMUNITY',
      `/${p}/${p}-street-a/${p}-${n}/`,
      'URBAN',
    ]),
  ];
}

export async function seedCaseTree(dataSource: DataSource, prefix = 'cx'): Promise<void> {
  for (const [id, parent, level, path, kind] of nodes(prefix)) {
    await dataSource.query(
      `INSERT INTO jurisdiction (id, parent_id, level, name, kind, path) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [id, parent, level, `${id} 名称`, kind, path],
    );
  }
}

/** A case input for one of the tree's communities (e.g. "cx-01") in the given campaign. */
export function treeCaseInput(campaignId: string, communityId: string): CaseInput {
  const prefix = communityId.slice(0, communityId.lastIndexOf('-'));
  const street = `${prefix}-street-a`;
  const input = caseInput({}, communityId);
  return {
    ...input,
    campaignId,
    community: {
      id: communityId,
      name: `${communityId} 社区`,
      kind: 'URBAN',
      streetId: street,
      path: `/${prefix}/${street}/${communityId}/`,
    },
  };
}
