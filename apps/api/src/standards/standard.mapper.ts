import type { StandardEntity } from '@app/persistence';
import type { StandardSummaryView, StandardView } from './standard.view';

export function standardSummaryOf(row: StandardEntity): StandardSummaryView {
  const { id, code, version, title, titleKind, createdBy, createdAt } = row;
  return { id, code, version, title, titleKind, createdBy, createdAt: createdAt.toISOString() };
}

export function standardViewOf(row: StandardEntity): StandardView {
  const { categories, tiers } = row.definition;
  return { ...standardSummaryOf(row), categories, tiers };
}
