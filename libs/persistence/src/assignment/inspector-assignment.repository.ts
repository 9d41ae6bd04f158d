import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { INSPECTOR_WORK_STAGE, type InspectionPolicy } from '@app/domain';

/** A case as automatic assignment sees it: where it is, its stage and its current team. */
export interface CaseToStaffRow {
  communityId: string;
  communityName: string;
  streetId: string | null;
  stage: string;
  inspectorIds: string[];
}

export interface DeclaredConflictRow {
  communityId: string;
  inspectorId: string;
  reason: string;
  declaredAt: string;
}

/** Every statement automatic inspector assignment and declared conflicts (申请回避) need. */
@Injectable()
export class InspectorAssignmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The named cases of a campaign under `scopePath` (null: all); ids not found are simply absent. */
  async casesToStaff(
    campaignId: string,
    communityIds: string[],
    scopePath: string | null,
  ): Promise<CaseToStaffRow[]> {
    return this.dataSource.query(
      `SELECT community_id AS "communityId",
              coalesce(snapshot -> 'community' ->> 'name', community_id) AS "communityName",
              street_id AS "streetId", stage, inspector_ids AS "inspectorIds"
         FROM case_projection
        WHERE campaign_id = $1 AND community_id = ANY($2::text[])
          AND ($3::text IS NULL OR community_path LIKE $3 || '%')`,
      [campaignId, communityIds, scopePath],
    );
  }

  /** The campaign's inspection policy (team size, conflict rule); null for an unknown campaign. */
  async inspectionPolicyOf(campaignId: string): Promise<InspectionPolicy | null> {
    const rows: { policy: InspectionPolicy }[] = await this.dataSource.query(
      `SELECT inspection_policy AS policy FROM campaign WHERE id = $1`,
      [campaignId],
    );
    return rows[0]?.policy ?? null;
  }

  /**
   * Each of these inspectors' current load across campaigns: the cases on which they still have work, by
   * hasInspectionWork (libs/domain): in INSPECTOR_WORK_STAGE with their check for the current round not in.
   */
  async openLoads(inspectorIds: string[]): Promise<Record<string, number>> {
    const rows: { id: string; n: number }[] = await this.dataSource.query(
      `SELECT i.id, count(*)::int AS n
         FROM case_projection p CROSS JOIN LATERAL unnest(p.inspector_ids) AS i(id)
        WHERE p.inspector_ids && $1::text[]
          AND p.stage = $2
          AND i.id = ANY($1::text[])
          AND NOT jsonb_path_exists(p.snapshot, '$.checks[*] ? (@.inspectorId == $me && @.round == $round)',
                                    jsonb_build_object('me', i.id, 'round', COALESCE((p.snapshot ->> 'round')::int, 1)))
        GROUP BY i.id`,
      [inspectorIds, INSPECTOR_WORK_STAGE],
    );
    return Object.fromEntries(rows.map((row) => [row.id, row.n]));
  }

  /** Conflicts declared on these cases of a campaign. */
  async declaredOn(campaignId: string, communityIds: string[]): Promise<DeclaredConflictRow[]> {
    const rows: (DeclaredConflictRow & { declaredAt: Date })[] = await this.dataSource.query(
      `SELECT community_id AS "communityId", inspector_id::text AS "inspectorId", reason,
              declared_at AS "declaredAt"
         FROM inspector_conflict WHERE campaign_id = $1 AND community_id = ANY($2::text[])
        ORDER BY declared_at`,
      [campaignId, communityIds],
    );
    return rows.map((row) => ({ ...row, declaredAt: row.declaredAt.toISOString() }));
  }

  /** The cases (campaign, community) on which this inspector declared a conflict. */
  async declaredBy(inspectorId: string): Promise<{ campaignId: string; communityId: string }[]> {
    return this.dataSource.query(
      `SELECT campaign_id AS "campaignId", community_id AS "communityId"
         FROM inspector_conflict WHERE inspector_id = $1`,
      [inspectorId],
    );
  }

  /** Records a declared conflict in the caller's transaction; false when it was declared before. */
  async declare(
    manager: EntityManager,
    conflict: { campaignId: string; communityId: string; inspectorId: string; reason: string },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO inspector_conflict (campaign_id, community_id, inspector_id, reason)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1`,
      [conflict.campaignId, conflict.communityId, conflict.inspectorId, conflict.reason],
    );
    return rows.length > 0;
  }
}
