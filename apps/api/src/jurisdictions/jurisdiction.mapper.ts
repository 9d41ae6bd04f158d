import type { JurisdictionEntity } from '@app/persistence';
import type { JurisdictionView } from './jurisdiction.view';

export function jurisdictionViewOf(row: JurisdictionEntity): JurisdictionView {
  const { id, parentId, level, name, kind, eligible, ineligibleReason, path } = row;
  return { id, parentId, level, name, kind, eligible, ineligibleReason, path };
}
