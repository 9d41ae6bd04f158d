import fc from 'fast-check';
import type { AssignedInspector } from '../case/case-state';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { assignmentConflict, declaredKey, type CaseToStaff } from './assignment-conflict';
import { proposeTeams, type TeamProposal, type TeamProposalRequest } from './team-proposal';
import { drawOrder } from './seeded-draw';

function inspector(
  userId: string,
  streetId: string | null,
  communityId: string | null = null,
): AssignedInspector {
  return { userId, displayName: userId, streetId, communityId };
}

function kase(communityId: string, streetId: string): CaseToStaff {
  return { communityId, streetId };
}

function request(overrides: Partial<TeamProposalRequest>): TeamProposalRequest {
  return {
    cases: [],
    pool: [],
    teamSize: 2,
    conflictRule: 'SAME_STREET',
    declaredConflicts: [],
    ...overrides,
  };
}

function spread(proposal: TeamProposal, ids?: string[]): number {
  const loads = Object.entries(proposal.loads)
    .filter(([id]) => !ids || ids.includes(id))
    .map(([, n]) => n);
  return Math.max(...loads) - Math.min(...loads);
}

describe(proposeTeams.name, () => {
  it('should keep same-street, own-community and declared-conflict inspectors off a team', () => {
    const proposal = proposeTeams(
      request({
        cases: [kase('c-1', 's-1')],
        pool: [
          inspector('same-street', 's-1'),
          inspector('own', 's-1', 'c-1'),
          inspector('declared', 's-2'),
          inspector('free-1', 's-2'),
          inspector('free-2', 's-3'),
        ],
        declaredConflicts: [{ communityId: 'c-1', inspectorId: 'declared' }],
      }),
    );
    expect(proposal.teams).toEqual([{ communityId: 'c-1', inspectorIds: ['free-1', 'free-2'] }]);
    expect(proposal.unstaffed).toEqual([]);
  });

  it('should let a same-street inspector check under the OWN_COMMUNITY rule, but never their own community', () => {
    const proposal = proposeTeams(
      request({
        cases: [kase('c-1', 's-1')],
        pool: [inspector('own', 's-1', 'c-1'), inspector('neighbour', 's-1', 'c-2')],
        teamSize: 1,
        conflictRule: 'OWN_COMMUNITY',
      }),
    );
    expect(proposal.teams).toEqual([{ communityId: 'c-1', inspectorIds: ['neighbour'] }]);
  });

  it('should list a case it cannot staff with the count each 回避 reason excluded', () => {
    const proposal = proposeTeams(
      request({
        cases: [kase('c-1', 's-1'), kase('c-2', 's-2')],
        pool: [inspector('a', 's-1'), inspector('b', 's-1', 'c-1'), inspector('c', 's-2')],
        declaredConflicts: [{ communityId: 'c-1', inspectorId: 'c' }],
      }),
    );
    expect(proposal.unstaffed).toEqual([
      {
        communityId: 'c-1',
        needed: 2,
        eligible: 0,
        excluded: { OWN_COMMUNITY: 1, SAME_STREET: 1, DECLARED: 1 },
      },
    ]);
    expect(proposal.teams).toEqual([{ communityId: 'c-2', inspectorIds: ['a', 'b'] }]);
  });

  it('should give new work to the inspectors with the fewest open cases first', () => {
    const proposal = proposeTeams(
      request({
        cases: [kase('c-1', 's-1')],
        pool: [inspector('busy', 's-2'), inspector('idle-1', 's-3'), inspector('idle-2', 's-4')],
        currentLoads: { busy: 5 },
      }),
    );
    expect(proposal.teams[0].inspectorIds).toEqual(['idle-1', 'idle-2']);
  });

  it('should draw the same teams from the same seed and record the seed', () => {
    const pool = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => inspector(id, 's-9'));
    const cases = [kase('c-1', 's-1'), kase('c-2', 's-1'), kase('c-3', 's-2')];
    const first = proposeTeams(request({ cases, pool, seed: 20261201 }));
    expect(proposeTeams(request({ cases, pool, seed: 20261201 }))).toEqual(first);
    expect(first.seed).toBe(20261201);
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
      JSON.stringify(proposeTeams(request({ cases, pool, seed })).teams),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('should refuse a team size below one naming teamSize, and a case listed twice naming it', () => {
    const refusal = (r: TeamProposalRequest) => {
      try {
        proposeTeams(r);
      } catch (error) {
        return error as DomainError;
      }
      throw new Error('expected a refusal');
    };
    const size = refusal(request({ teamSize: 0 }));
    expect(size.code).toBe(DomainErrorCode.VALIDATION_FAILED);
    expect(size.details).toEqual({ problems: [expect.objectContaining({ field: 'teamSize' })] });
    const twice = refusal(request({ cases: [kase('c-1', 's-1'), kase('c-1', 's-1')] }));
    expect(twice.details).toEqual({ problems: [expect.objectContaining({ field: 'communityIds[1]' })] });
  });

  describe('properties', () => {
    const world = fc
      .record({
        streets: fc.integer({ min: 1, max: 5 }),
        communitiesPerStreet: fc.integer({ min: 1, max: 6 }),
        inspectors: fc.array(
          fc.record({
            street: fc.integer({ min: 0, max: 6 }),
            community: fc.option(fc.integer({ min: 0, max: 5 })),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        teamSize: fc.integer({ min: 1, max: 4 }),
        rule: fc.constantFrom('SAME_STREET' as const, 'OWN_COMMUNITY' as const),
        declared: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
        seed: fc.option(fc.nat({ max: 0xffffffff })),
      })
      .map((w) => {
        const cases = Array.from({ length: w.streets * w.communitiesPerStreet }, (_, n) =>
          kase(`c-${n}`, `s-${Math.floor(n / w.communitiesPerStreet)}`),
        );
        const pool = w.inspectors.map((i, n) =>
          inspector(
            `i-${n}`,
            `s-${i.street}`,
            i.community === null ? null : `c-${i.street * w.communitiesPerStreet + i.community}`,
          ),
        );
        const declaredConflicts = w.declared.map(([c, i]) => ({
          communityId: cases[c % cases.length].communityId,
          inspectorId: pool[i % pool.length].userId,
        }));
        return request({
          cases,
          pool,
          teamSize: w.teamSize,
          conflictRule: w.rule,
          declaredConflicts,
          seed: w.seed,
        });
      });

    it('should never put an inspector on a team 回避 excludes, and staff every case it can with a full team', () => {
      fc.assert(
        fc.property(world, (r) => {
          const proposal = proposeTeams(r);
          const declared = new Set(r.declaredConflicts.map((c) => declaredKey(c.communityId, c.inspectorId)));
          const byId = new Map(r.pool.map((i) => [i.userId, i]));
          for (const team of proposal.teams) {
            const target = r.cases.find((c) => c.communityId === team.communityId)!;
            expect(new Set(team.inspectorIds).size).toBe(r.teamSize);
            for (const id of team.inspectorIds)
              expect(assignmentConflict(byId.get(id)!, target, r.conflictRule, declared)).toBeNull();
          }
          for (const missing of proposal.unstaffed) {
            const target = r.cases.find((c) => c.communityId === missing.communityId)!;
            const eligible = r.pool.filter(
              (i) => assignmentConflict(i, target, r.conflictRule, declared) === null,
            );
            expect(eligible.length).toBeLessThan(r.teamSize);
            expect(missing.eligible).toBe(eligible.length);
          }
          expect(proposal.teams.length + proposal.unstaffed.length).toBe(r.cases.length);
        }),
      );
    });

    it('should keep loads within one of each other when every inspector may check every case', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 60 }),
          fc.integer({ min: 1, max: 15 }),
          fc.integer({ min: 1, max: 5 }),
          fc.option(fc.nat()),
          (caseCount, poolSize, teamSize, seed) => {
            fc.pre(teamSize <= poolSize);
            const cases = Array.from({ length: caseCount }, (_, n) => kase(`c-${n}`, 's-1'));
            const pool = Array.from({ length: poolSize }, (_, n) => inspector(`i-${n}`, 's-2'));
            const proposal = proposeTeams(request({ cases, pool, teamSize, seed }));
            expect(proposal.unstaffed).toEqual([]);
            expect(spread(proposal)).toBeLessThanOrEqual(1);
          },
        ),
      );
    });

    it('should balance the loads of the inspectors a street conflict leaves free', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 2, max: 40 }),
          fc.integer({ min: 0, max: 6 }),
          (caseCount, sameStreet) => {
            const cases = Array.from({ length: caseCount }, (_, n) => kase(`c-${n}`, 's-1'));
            const free = ['f-1', 'f-2', 'f-3', 'f-4', 'f-5'];
            const pool = [
              ...free.map((id) => inspector(id, 's-2')),
              ...Array.from({ length: sameStreet }, (_, n) => inspector(`x-${n}`, 's-1')),
            ];
            const proposal = proposeTeams(request({ cases, pool, teamSize: 2 }));
            expect(spread(proposal, free)).toBeLessThanOrEqual(1);
            for (let n = 0; n < sameStreet; n++) expect(proposal.loads[`x-${n}`]).toBe(0);
          },
        ),
      );
    });
  });
});

describe(drawOrder.name, () => {
  it('should be a permutation of the pool that a seed repeats', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 30 }), fc.nat(), (items, seed) => {
        const drawn = drawOrder(items, seed);
        expect([...drawn].sort()).toEqual([...items].sort());
        expect(drawOrder(items, seed)).toEqual(drawn);
      }),
    );
  });
});
