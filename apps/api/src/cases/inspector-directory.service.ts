import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssignedInspector, DomainError, Problem } from '@app/domain';

interface InspectorRow {
  id: string;
  display_name: string;
  level: string | null;
  scope_id: string | null;
  parent_id: string | null;
}

/** Turns inspector user ids into what the conflict rule needs: their street and (if any) community. */
@Injectable()
export class InspectorDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every active inspector with the street (or community) the conflict rule will compare, for the assignment screen. */
  async list(): Promise<AssignedInspector[]> {
    const rows: InspectorRow[] = await this.dataSource.query(
      `SELECT u.id, u.display_name, j.level, u.scope_id, j.parent_id
         FROM app_user u LEFT JOIN jurisdiction j ON j.id = u.scope_id
        WHERE u.role = 'INSPECTOR' AND u.status = 'ACTIVE' ORDER BY u.username`,
    );
    return rows.map(toAssigned);
  }

  async resolve(userIds: string[]): Promise<AssignedInspector[]> {
    const rows: InspectorRow[] = await this.dataSource.query(
      `SELECT u.id, u.display_name, j.level, u.scope_id, j.parent_id
         FROM app_user u LEFT JOIN jurisdiction j ON j.id = u.scope_id
        WHERE u.role = 'INSPECTOR' AND u.status = 'ACTIVE' AND u.id::text = ANY($1::text[])`,
      [userIds],
    );
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
