import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case table's pages at 100,000 cases (issue 13): each list query is `campaign_id [+ one filter]`
 * ordered by community_id with LIMIT/OFFSET, so each index carries community_id last and a page is an
 * index range, never a sort of the campaign. The (campaign_id, stage|street_id|tier) indexes they extend
 * are dropped (a prefix of the new ones serves what they served).
 */
export class CaseListIndexes1766600000000 implements MigrationInterface {
  name = 'CaseListIndexes1766600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_case_projection_campaign_community" ON "case_projection" ("campaign_id", "community_id")`,
    );
    for (const column of ['stage', 'street', 'tier']) {
      const name = column === 'street' ? 'street_id' : column;
      await queryRunner.query(
        `CREATE INDEX "idx_case_projection_campaign_${column}_community" ON "case_projection" ("campaign_id", "${name}", "community_id")`,
      );
      await queryRunner.query(`DROP INDEX "idx_case_projection_campaign_${column}"`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['stage', 'street', 'tier']) {
      const name = column === 'street' ? 'street_id' : column;
      await queryRunner.query(
        `CREATE INDEX "idx_case_projection_campaign_${column}" ON "case_projection" ("campaign_id", "${name}")`,
      );
      await queryRunner.query(`DROP INDEX "idx_case_projection_campaign_${column}_community"`);
    }
    await queryRunner.query(`DROP INDEX "idx_case_projection_campaign_community"`);
  }
}
