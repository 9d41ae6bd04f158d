import type { CampaignStatus } from './campaign-draft';

/**
 * How far an actor may go with a campaign, from least to most:
 * - PUBLIC: the public notice (公示) of a launched campaign, no login;
 * - PART: its own part of a launched campaign — the cases it may see (case-access.ts decides which);
 * - READ: the whole campaign: every case's progress, the whole audit trail, the campaign workflow's log;
 * - MANAGE: edit, launch, extend, cancel, add communities, subscribe webhooks.
 */
export type CampaignAccessLevel = 'PUBLIC' | 'PART' | 'READ' | 'MANAGE';

const ORDER: readonly CampaignAccessLevel[] = ['PUBLIC', 'PART', 'READ', 'MANAGE'];

/** Where a campaign sits in the jurisdiction tree, and whether it is launched yet. */
export interface CampaignWhereabouts {
  status: CampaignStatus;
  /** Materialised path of the organizing office ('/dh/lj/cn/'). */
  organizerPath: string;
  /** Materialised path of the scope: its communities take part. */
  scopePath: string;
}

/** The signed-in user as the rule needs it. */
export interface CampaignViewer {
  role: string;
  /** Materialised path of the user's scope; null when not placed in the tree. */
  scopePath: string | null;
}

/**
 * The one rule for campaign-level access (every campaign and case route goes through it; an actor
 * without a level gets 404, so ids outside scope are not leaked):
 * - ADMIN: MANAGE everything;
 * - ORGANIZER / OBSERVER whose subtree holds the organizing office: MANAGE / READ;
 * - ORGANIZER / OBSERVER whose subtree overlaps a launched campaign's scope (a street office in its
 *   district's campaign, a district in its city's): PART — their own communities' cases;
 * - COMMUNITY: PART of a launched campaign whose scope holds its community;
 * - INSPECTOR: PART of any launched campaign (it sees the cases it is assigned, nothing else);
 * - nobody (public): PUBLIC for a launched campaign. A DRAFT is seen only by MANAGE and READ.
 */
export function campaignAccessLevel(
  viewer: CampaignViewer | null,
  campaign: CampaignWhereabouts,
): CampaignAccessLevel | null {
  const launched = campaign.status !== 'DRAFT';
  if (viewer === null) return launched ? 'PUBLIC' : null;
  if (viewer.role === 'ADMIN') return 'MANAGE';
  const scope = viewer.scopePath;
  if (scope === null) return null;
  switch (viewer.role) {
    case 'ORGANIZER':
    case 'OBSERVER': {
      if (campaign.organizerPath.startsWith(scope)) return viewer.role === 'ORGANIZER' ? 'MANAGE' : 'READ';
      const overlaps = scope.startsWith(campaign.scopePath) || campaign.scopePath.startsWith(scope);
      return launched && overlaps ? 'PART' : null;
    }
    case 'COMMUNITY':
      return launched && scope.startsWith(campaign.scopePath) ? 'PART' : null;
    case 'INSPECTOR':
      return launched ? 'PART' : null;
    default:
      return null;
  }
}

/** Whether a level is at least the required one. */
export function accessSatisfies(level: CampaignAccessLevel | null, required: CampaignAccessLevel): boolean {
  return level !== null && ORDER.indexOf(level) >= ORDER.indexOf(required);
}
