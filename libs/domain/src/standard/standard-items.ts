import { COMMUNITY_KINDS, CommunityKind, StandardDefinition, StandardItem } from './standard.types';

/** Whether an item applies to communities of the given kind. */
export function itemAppliesTo(item: StandardItem, kind: CommunityKind): boolean {
  return item.appliesTo === 'BOTH' || item.appliesTo === kind;
}

/** Whether an item is only a yes/no veto flag (一票否决 with no score), so it takes no part in totals. */
export function isVetoFlagOnly(item: StandardItem): boolean {
  return item.veto && item.maxScore === 0;
}

/** Every item of the standard, in category order. */
export function allItems(def: StandardDefinition): StandardItem[] {
  return def.categories.flatMap((category) => category.items);
}

/** The items that apply to communities of the given kind, in category order. */
export function applicableItems(def: StandardDefinition, kind: CommunityKind): StandardItem[] {
  return allItems(def).filter((item) => itemAppliesTo(item, kind));
}

/** The applicable items that carry a score (pure veto flags left out), in category order. */
export function scoredItems(def: StandardDefinition, kind: CommunityKind): StandardItem[] {
  return applicableItems(def, kind).filter((item) => !isVetoFlagOnly(item));
}

/** The item with the given code, or undefined when the standard has none. */
export function findItem(def: StandardDefinition, code: string): StandardItem | undefined {
  return allItems(def).find((item) => item.code === code);
}

/** The community kinds the standard serves: a kind is served when at least one item applies to it. */
export function servedKinds(def: StandardDefinition): CommunityKind[] {
  return COMMUNITY_KINDS.filter((kind) => applicableItems(def, kind).length > 0);
}

/** How a clerk would name a kind of community in a message. */
export function describeKind(kind: CommunityKind): string {
  return kind === 'URBAN' ? 'urban communities' : 'rural communities';
}
