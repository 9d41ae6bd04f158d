import { Problem } from '../errors/domain-error';
import { describeKind, servedKinds } from '../standard/standard-items';
import { COMMUNITY_KINDS, StandardDefinition } from '../standard/standard.types';
import type { CampaignSchedule, CaseCommunity } from './campaign.types';

/** A community of the campaign's scope as launch sees it. */
export interface ScopeCommunity extends CaseCommunity {
  eligible: boolean;
}

/** Lists why a campaign cannot be launched now with these communities and its pinned standard. */
export function launchProblems(
  schedule: CampaignSchedule,
  communities: ScopeCommunity[],
  standard: StandardDefinition,
  now: number,
): Problem[] {
  const problems: Problem[] = [];
  if (Date.parse(schedule.applicationDueAt) <= now) {
    const message = `expected a date still ahead; ${schedule.applicationDueAt} has passed, move the schedule first`;
    problems.push({ field: 'schedule.applicationDueAt', message });
  }
  const invited = communities.filter((community) => community.eligible);
  if (invited.length === 0) {
    const message = 'expected at least one eligible community in the scope; there is none';
    problems.push({ field: 'scopeJurisdictionId', message });
  }
  return [...problems, ...coverageProblems(invited, standard)];
}

/** A community whose kind the standard has no items for could never be scored. */
function coverageProblems(invited: ScopeCommunity[], standard: StandardDefinition): Problem[] {
  const served = servedKinds(standard);
  return COMMUNITY_KINDS.filter((kind) => !served.includes(kind)).flatMap((kind) => {
    const unserved = invited.filter((community) => community.kind === kind).map((community) => community.id);
    if (unserved.length === 0) return [];
    const message = `standard ${standard.code} v${standard.version} has no items for ${describeKind(kind)}, but the scope has ${unserved.join(', ')}`;
    return [{ field: 'standard', message }];
  });
}
