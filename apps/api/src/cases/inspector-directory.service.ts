import { Injectable } from '@nestjs/common';
import { AssignedInspector, DomainError, Problem } from '@app/domain';
import { InspectorRow, UserRepository } from '@app/persistence';

/** Turns inspector user ids into what the conflict rule needs: their street and (if any) community. */
@Injectable()
export class InspectorDirectory {
  constructor(private readonly users: UserRepository) {}

  /** Every active inspector with the street (or community) the conflict rule will compare, for the assignment screen. */
  async list(): Promise<AssignedInspector[]> {
    const rows = await this.users.activeInspectors();
    return rows.map(toAssigned);
  }

  async resolve(userIds: string[]): Promise<AssignedInspector[]> {
    const rows = await this.users.activeInspectors(userIds);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const problems: Problem[] = userIds.flatMap((id, index) =>
      byId.has(id) ? [] : [{ field: `inspectorIds[${index}]`, message: `${id} is not an active inspector` }],
    );
    if (problems.length > 0)
      throw DomainError.validation(problems, 'Some inspectors are unknown; each is listed.');
    return userIds.map((id) => toAssigned(byId.get(id)!));
  }
}

function toAssigned(row: InspectorRow): AssignedInspector {
  const isCommunity = row.level === 'COMMUNITY';
  return {
    userId: row.id,
    displayName: row.display_name,
    communityId: isCommunity ? row.scope_id : null,
    streetId: isCommunity ? row.parent_id : row.level === 'STREET' ? row.scope_id : null,
  };
}
