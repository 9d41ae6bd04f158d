/** The two kinds of community a standard can address: 城市社区 and 农村社区. */
export type CommunityKind = 'URBAN' | 'RURAL';

/** Which kinds of community an item applies to (facility items differ between urban and rural). */
export type ItemApplicability = CommunityKind | 'BOTH';

/** One indicator item (指标) of a standard. */
export interface StandardItem {
  code: string;
  title: string;
  /** 0 only for a pure veto item, which is a yes/no flag rather than a score. */
  maxScore: number;
  /** Scores must be whole multiples of this step, e.g. 0.5 or 1. */
  scoreStep: number;
  appliesTo: ItemApplicability;
  /** What the community must show for this item (materials, photos, ledgers). */
  evidence: string[];
  /** 一票否决: when triggered, the community is not awarded whatever its score. */
  veto: boolean;
}

/** A group of items under one heading of the standard. */
export interface StandardCategory {
  code: string;
  title: string;
  items: StandardItem[];
}

/** A named band of total score, e.g. 精品 ≥ 90; below the lowest tier means not passed. */
export interface StandardTier {
  name: string;
  minTotal: number;
}

/** One pinned version of a standard (创建标准); changing a standard makes a new version. */
export interface StandardDefinition {
  code: string;
  version: number;
  title: string;
  /** The title this standard awards, e.g. 平安社区. */
  titleKind: string;
  categories: StandardCategory[];
  /** Given from the highest tier to the lowest, with strictly decreasing minimum totals. */
  tiers: StandardTier[];
}

/** Every community kind, in display order. */
export const COMMUNITY_KINDS: readonly CommunityKind[] = ['URBAN', 'RURAL'];
