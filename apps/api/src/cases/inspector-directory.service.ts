import { Injectable } from '@nestjs/common';
import { AssignedInspector, DomainError, Problem } from '@app/domain';
import { InspectorAssignmentRepository, InspectorRow, UserRepository } from '@app/persistence';

/** Turns inspector user ids into what the conflict rule needs: their street and (if any) community. */
@Injectable()
export class InspectorDirectory {
  constructor(
    private readonly users: UserRepository,
    private readonly conflicts: InspectorAssignmentRepository,
  ) {}

  /** Every active inspector with the street (or community) the conflict rule will compare, for the assignment screen. */
  async list(): Promise<AssignedInspector[]> {
    const rows = await this.users.activeInspectors();
    return rows.map(toAssigned);
  }

  /**
   * The inspectors to assign to a case, as the conflict rule needs them. Throws VALIDATION_FAILED listing
   * each one that is not an active inspector or has declared a conflict with this case (申请回避): the
   * workflow's own 回避 rule sees streets and communities, a declaration only the database has.
   */
  async resolve(
    userIds: string[],
    onCase: { campaignId: string; communityId: string },
  ): Promise<AssignedInspector[]> {
    const [rows, declared] = await Promise.all([
      this.users.activeInspectors(userIds),
      this.conflicts.declaredOn(onCase.campaignId, [onCase.communityId]),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const declaredBy = new Map(declared.map((conflict) => [conflict.inspectorId, conflict.reason]));
    const problems: Problem[] = userIds.flatMap((id, index) => {
      const field = `inspectorIds[${index}]`;
      const inspector = byId.get(id);
      if (!inspector) return [{ field, message: `${id} is not an active inspector` }];
      const reason = declaredBy.get(id);
      return reason === undefined
        ? []
        : [
            {
              field,
              message: `${inspector.display_name} declared a conflict with this community: ${reason}`,
            },
          ];
    });
    if (problems.length > 0)
      throw DomainError.validation(problems, 'Some inspectors cannot be assigned; each is listed.');
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
