import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** An active inspector and the jurisdiction of their account, as the conflict rule reads them. */
export interface InspectorRow {
  id: string;
  display_name: string;
  level: string | null;
  scope_id: string | null;
  parent_id: string | null;
}

/** Every statement on user accounts (app_user) that is not the account manager's own. */
@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every active inspector by username, or only those of the given ids (unknown ids simply absent). */
  activeInspectors(userIds?: string[]): Promise<InspectorRow[]> {
    if (userIds === undefined) {
      return this.dataSource.query<InspectorRow[]>(
        `SELECT u.id, u.display_name, j.level, u.scope_id, j.parent_id
           FROM app_user u LEFT JOIN jurisdiction j ON j.id = u.scope_id
          WHERE u.role = 'INSPECTOR' AND u.status = 'ACTIVE' ORDER BY u.username`,
      );
    }
    return this.dataSource.query<InspectorRow[]>(
      `SELECT u.id, u.display_name, j.level, u.scope_id, j.parent_id
         FROM app_user u LEFT JOIN jurisdiction j ON j.id = u.scope_id
        WHERE u.role = 'INSPECTOR' AND u.status = 'ACTIVE' AND u.id::text = ANY($1::text[])`,
      [userIds],
    );
  }
}
