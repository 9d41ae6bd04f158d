import type { ConflictRule } from '../campaign/campaign.types';
import type { AssignedInspector } from '../case/case-state';
import { DomainError } from '../errors/domain-error';
import {
  AssignmentConflict,
  assignmentConflict,
  CaseToStaff,
  DeclaredConflict,
  declaredKey,
} from './assignment-conflict';
import { drawOrder } from './seeded-draw';

export interface TeamProposalRequest {
  cases: CaseToStaff[];
  /** The active inspectors to draw from (考核组). */
  pool: AssignedInspector[];
  /** Inspectors per team, within the campaign's inspection policy. */
  teamSize: number;
  conflictRule: ConflictRule;
  declaredConflicts: DeclaredConflict[];
  /** Open cases each inspector already has (by user id), so new work goes first to the least busy. */
  currentLoads?: Record<string, number>;
  /** 随机抽取: ties are broken by a lot drawn with this seed instead of the pool's order. */
  seed?: number | null;
}

export interface ProposedTeam {
  communityId: string;
  inspectorIds: string[];
}

/** A case no team of the requested size can staff without breaking 回避, and why. */
export interface UnstaffedCase {
  communityId: string;
  needed: number;
  eligible: number;
  /** How many of the pool each 回避 reason excludes. */
  excluded: Record<AssignmentConflict, number>;
}

export interface TeamProposal {
  teams: ProposedTeam[];
  unstaffed: UnstaffedCase[];
  /** New cases per inspector in this proposal (every inspector of the pool, 0 included). */
  loads: Record<string, number>;
  seed: number | null;
}

interface Candidate {
  kase: CaseToStaff;
  eligible: string[];
}

/**
 * Proposes a team of `teamSize` for each case that never breaks 回避 (assignmentConflict: own
 * community, same street under SAME_STREET, declared conflicts) and spreads the work so that, where the
 * pool allows, inspectors' loads (current + proposed) differ by at most one. Most constrained cases are
 * staffed first, each from the least loaded eligible inspectors; then single swaps move work from the
 * busiest to the idlest while 回避 allows. Cases with fewer eligible inspectors than `teamSize` are
 * listed in `unstaffed` with the count each reason excluded. Pure and deterministic: the same request
 * (and seed) gives the same proposal. Throws VALIDATION_FAILED for a team size below 1 or a case listed twice.
 */
export function proposeTeams(request: TeamProposalRequest): TeamProposal {
  assertRequest(request);
  const seed = request.seed ?? null;
  const pool = seed === null ? request.pool : drawOrder(request.pool, seed);
  const rank = new Map(pool.map((inspector, index) => [inspector.userId, index]));
  const declared = new Set(request.declaredConflicts.map((c) => declaredKey(c.communityId, c.inspectorId)));
  const load = new Map(pool.map((i) => [i.userId, request.currentLoads?.[i.userId] ?? 0]));
  const unstaffed: UnstaffedCase[] = [];
  const candidates: Candidate[] = [];
  for (const kase of request.cases) {
    const verdicts = pool.map((i) => ({
      id: i.userId,
      conflict: assignmentConflict(i, kase, request.conflictRule, declared),
    }));
    const eligible = verdicts.filter((v) => v.conflict === null).map((v) => v.id);
    if (eligible.length >= request.teamSize) candidates.push({ kase, eligible });
    else unstaffed.push(unstaffedOf(kase.communityId, request.teamSize, eligible.length, verdicts));
  }
  const teams = new Map<string, Set<string>>();
  const byConstraint = [...candidates].sort((a, b) => a.eligible.length - b.eligible.length);
  for (const { kase, eligible } of byConstraint) {
    const chosen = [...eligible]
      .sort((a, b) => load.get(a)! - load.get(b)! || rank.get(a)! - rank.get(b)!)
      .slice(0, request.teamSize);
    chosen.forEach((id) => load.set(id, load.get(id)! + 1));
    teams.set(kase.communityId, new Set(chosen));
  }
  rebalance(candidates, teams, load, rank);
  const proposed = candidates.map(({ kase }) => ({
    communityId: kase.communityId,
    inspectorIds: [...teams.get(kase.communityId)!].sort((a, b) => rank.get(a)! - rank.get(b)!),
  }));
  return { teams: proposed, unstaffed, loads: newLoads(pool, proposed), seed };
}

/**
 * Moves one case at a time from a busiest inspector to an idler one eligible for it, while some pair's
 * loads differ by two or more; each move lowers the sum of squared loads, so the loop ends.
 */
function rebalance(
  candidates: Candidate[],
  teams: Map<string, Set<string>>,
  load: Map<string, number>,
  rank: Map<string, number>,
): void {
  const eligibleOf = new Map(candidates.map((c) => [c.kase.communityId, new Set(c.eligible)]));
  for (;;) {
    const move = findMove(teams, eligibleOf, load, rank);
    if (!move) return;
    const team = teams.get(move.communityId)!;
    team.delete(move.from);
    team.add(move.to);
    load.set(move.from, load.get(move.from)! - 1);
    load.set(move.to, load.get(move.to)! + 1);
  }
}

function findMove(
  teams: Map<string, Set<string>>,
  eligibleOf: Map<string, Set<string>>,
  load: Map<string, number>,
  rank: Map<string, number>,
): { communityId: string; from: string; to: string } | null {
  const byLoad = [...load.keys()].sort((a, b) => load.get(a)! - load.get(b)! || rank.get(a)! - rank.get(b)!);
  for (const from of [...byLoad].reverse()) {
    for (const to of byLoad) {
      if (load.get(from)! - load.get(to)! < 2) break;
      for (const [communityId, team] of teams) {
        if (team.has(from) && !team.has(to) && eligibleOf.get(communityId)!.has(to))
          return { communityId, from, to };
      }
    }
  }
  return null;
}

function unstaffedOf(
  communityId: string,
  needed: number,
  eligible: number,
  verdicts: { conflict: AssignmentConflict | null }[],
): UnstaffedCase {
  const excluded: Record<AssignmentConflict, number> = { OWN_COMMUNITY: 0, SAME_STREET: 0, DECLARED: 0 };
  for (const { conflict } of verdicts) if (conflict) excluded[conflict] += 1;
  return { communityId, needed, eligible, excluded };
}

function newLoads(pool: AssignedInspector[], teams: ProposedTeam[]): Record<string, number> {
  const loads: Record<string, number> = Object.fromEntries(pool.map((i) => [i.userId, 0]));
  for (const team of teams) for (const id of team.inspectorIds) loads[id] += 1;
  return loads;
}

function assertRequest({ teamSize, cases }: TeamProposalRequest): void {
  if (!Number.isInteger(teamSize) || teamSize < 1)
    throw DomainError.validation(
      [{ field: 'teamSize', message: `expected a whole number of at least 1; got ${teamSize}` }],
      'The team size is invalid.',
    );
  const seen = new Set<string>();
  const problems = cases.flatMap((kase, index) => {
    if (!seen.has(kase.communityId)) {
      seen.add(kase.communityId);
      return [];
    }
    return [{ field: `communityIds[${index}]`, message: `${kase.communityId} is listed twice` }];
  });
  if (problems.length > 0) throw DomainError.validation(problems, 'Some cases are listed twice.');
}
