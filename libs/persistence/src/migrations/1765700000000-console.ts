import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the web console's screens need: each notification's link to the page it is about, and an index
 * for a clerk's cases across campaigns (我的创建, 待办), which filter case_projection by community alone.
 */
export class Console1765700000000 implements MigrationInterface {
  name = 'Console1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD COLUMN "link" text`);
    await queryRunner.query(
      `CREATE INDEX "idx_case_projection_community" ON "case_projection" ("community_id", "campaign_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_case_projection_community"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "link"`);
  }
}
