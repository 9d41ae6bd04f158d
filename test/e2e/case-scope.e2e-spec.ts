import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { mayAct, UserRole } from '@app/domain';
import { CaseProjectionEntity, dataSourceOptions, scopeCases } from '@app/persistence';
import { AuthenticatedActor } from '../../apps/api/src/auth/authenticated-actor';

// Who may act on a case is written twice by necessity: the domain's mayAct decides on the case file (the
// workflow's validator), the SQL filter decides for lists and reads of the projection. This holds the two
// to the same answers over a table of actors and cases, with the SQL run by the real PostgreSQL.

const CASES = [
  { id: 'c-01', path: '/d1/s1/c-01/', inspectors: ['u-insp-a'] },
  { id: 'c-02', path: '/d1/s1/c-02/', inspectors: [] },
  { id: 'c-03', path: '/d1/s2/c-03/', inspectors: ['u-insp-a', 'u-insp-b'] },
  // A sibling whose path starts with another street's id (s1 is a prefix of s10 but not of /d1/s10/).
  { id: 'c-10', path: '/d1/s10/c-10/', inspectors: ['u-insp-b'] },
  { id: 'c-20', path: '/d2/s3/c-20/', inspectors: [] },
];

function actor(role: UserRole, scopeId: string | null, scopePath: string | null, userId = `u-${role}`) {
  return { userId, role, displayName: role, scopeId, scopePath } satisfies AuthenticatedActor;
}

const ACTORS: [string, AuthenticatedActor][] = [
  ['an administrator', actor(UserRole.ADMIN, null, null)],
  ["a district's organizer", actor(UserRole.ORGANIZER, 'd1', '/d1/')],
  ["a street's organizer", actor(UserRole.ORGANIZER, 's1', '/d1/s1/')],
  ['an organizer not yet placed', actor(UserRole.ORGANIZER, null, null)],
  ["a street's observer", actor(UserRole.OBSERVER, 's10', '/d1/s10/')],
  ["a community's observer (包片领导)", actor(UserRole.OBSERVER, 'c-02', '/d1/s1/c-02/')],
  ["a community's clerk", actor(UserRole.COMMUNITY, 'c-01', '/d1/s1/c-01/')],
  ['a clerk not yet placed', actor(UserRole.COMMUNITY, null, null)],
  ['an inspector on two cases', actor(UserRole.INSPECTOR, 's9', '/d1/s9/', 'u-insp-a')],
  ['an inspector of another street', actor(UserRole.INSPECTOR, 's1', '/d1/s1/', 'u-insp-b')],
  ['an inspector on no case', actor(UserRole.INSPECTOR, 's1', '/d1/s1/', 'u-insp-c')],
];

/** The domain's answer, on the case file's fields the rule reads. */
function domainSays(who: AuthenticatedActor, kase: (typeof CASES)[number]): boolean {
  const whereabouts = {
    campaignId: 'any',
    communityId: kase.id,
    community: { path: kase.path },
    inspectors: kase.inspectors.map((userId) => ({ userId })),
  };
  return mayAct(whereabouts as never, who, { id: who.scopeId, path: who.scopePath });
}

describe('who may act on a case: the SQL scope filter and the domain rule agree (real PostgreSQL)', () => {
  let dataSource: DataSource;
  const campaignId = `scope-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL!)).initialize();
    for (const kase of CASES) {
      await dataSource.query(
        `INSERT INTO case_projection (workflow_id, campaign_id, community_id, stage, seq, community_path, inspector_ids, snapshot)
         VALUES ($1, $2, $3, 'INSPECTION', 1, $4, $5, '{}')`,
        [`case:${campaignId}:${kase.id}`, campaignId, kase.id, kase.path, kase.inspectors],
      );
    }
  });

  afterAll(async () => {
    await dataSource.query('DELETE FROM case_projection WHERE campaign_id = $1', [campaignId]);
    await dataSource.destroy();
  });

  it.each(ACTORS)('should give %s the same cases in SQL as mayAct', async (_who, who) => {
    const query = dataSource
      .getRepository(CaseProjectionEntity)
      .createQueryBuilder('c')
      .select('c.community_id', 'id')
      .where('c.campaign_id = :campaignId', { campaignId });
    scopeCases(query, who);
    const bySql = (await query.orderBy('c.community_id').getRawMany<{ id: string }>()).map((row) => row.id);

    const byDomain = CASES.filter((kase) => domainSays(who, kase)).map((kase) => kase.id);

    expect(bySql).toEqual(byDomain);
  });

  it('should tell the actors apart (the table is not trivially all or nothing)', () => {
    const seen = ACTORS.map(([, who]) => CASES.filter((kase) => domainSays(who, kase)).length);
    expect(seen).toEqual([5, 4, 2, 0, 1, 1, 1, 0, 2, 2, 0]);
  });
});
