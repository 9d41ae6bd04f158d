import { DataSource } from 'typeorm';

/**
 * A LAUNCHED campaign row for tests that start case workflows directly (no launch through the API): every
 * campaign and case route checks the campaign (CampaignScope), so a case needs its campaign. The
 * campaign is organised by `organizerId` over `scopeId` (the same by default) and pins a placeholder
 * standard; its rules live in the cases' own inputs.
 */
export async function seedCampaignRow(
  dataSource: DataSource,
  campaignId: string,
  organizerId: string,
  scopeId = organizerId,
  status: 'DRAFT' | 'LAUNCHED' = 'LAUNCHED',
): Promise<void> {
  const [standard] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO standard (code, version, title, title_kind, definition, created_by)
     VALUES ('TEST-CAMPAIGN-ROW', 1, '测试标准', '平安社区', '{}', 'test')
     ON CONFLICT (code, version) DO UPDATE SET title = EXCLUDED.title RETURNING id`,
  );
  await dataSource.query(
    `INSERT INTO campaign (id, title, title_kind, year, organizer_jurisdiction_id, scope_jurisdiction_id,
                           standard_id, schedule, targets, inspection_policy, award_policy, status,
                           launched_at, created_by)
     VALUES ($1, '测试活动', '平安社区', 2026, $2, $3, $4, '{}', '{}', '{}', '{}', $5,
             CASE WHEN $5 = 'LAUNCHED' THEN now() END, 'test')`,
    [campaignId, organizerId, scopeId, standard.id, status],
  );
}
