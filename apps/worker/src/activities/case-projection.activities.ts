import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CaseState } from '@app/domain';
import type { CaseActivities } from '@app/workflows/community-case/case-activities.contract';

/** Writes the case read model; a retry or an out-of-order write never overwrites a newer version. */
@Injectable()
export class CaseProjectionActivities implements CaseActivities {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async projectCase(state: CaseState): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO case_projection (workflow_id, campaign_id, community_id, stage, seq, snapshot, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (workflow_id) DO UPDATE
         SET stage = EXCLUDED.stage, seq = EXCLUDED.seq, snapshot = EXCLUDED.snapshot, updated_at = now()
         WHERE case_projection.seq < EXCLUDED.seq`,
      [state.workflowId, state.campaignId, state.communityId, state.stage, state.seq, JSON.stringify(state)],
    );
  }
}
