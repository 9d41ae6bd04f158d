import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A launch writes every case row at once; a case's workflow starts on the community's first action.
 * Until then the campaign workflow drives the case in bulk (reminders, closing non-applicants).
 */
export class LazyCaseStart1764800000000 implements MigrationInterface {
  name = 'LazyCaseStart1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_projection" ADD COLUMN "workflow_started" boolean NOT NULL DEFAULT true`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_case_projection_unstarted" ON "case_projection" ("campaign_id", "stage", "community_id") WHERE NOT "workflow_started"`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_case_projection_started" ON "case_projection" ("campaign_id", "community_id") WHERE "workflow_started"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_case_projection_started"`);
    await queryRunner.query(`DROP INDEX "idx_case_projection_unstarted"`);
    await queryRunner.query(`ALTER TABLE "case_projection" DROP COLUMN "workflow_started"`);
  }
}
