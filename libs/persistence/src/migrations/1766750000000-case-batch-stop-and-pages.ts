import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Batches a person can stop (停止: when, and by whom), whose per-case results are read a page at a time
 * filtered by status (a 5,000-case batch's 已拒绝 page is an index range, never the whole batch), and the
 * case table's street picker, which searches streets by the start of their name under the campaign's scope.
 */
export class CaseBatchStopAndPages1766750000000 implements MigrationInterface {
  name = 'CaseBatchStopAndPages1766750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_batch" ADD COLUMN "stopped_at" timestamptz, ADD COLUMN "stopped_by" uuid`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_case_batch_item_status" ON "case_batch_item" ("batch_id", "status", "position")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_jurisdiction_level_name_prefix" ON "jurisdiction" ("level", "name" text_pattern_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_jurisdiction_level_name_prefix"`);
    await queryRunner.query(`DROP INDEX "idx_case_batch_item_status"`);
    await queryRunner.query(`ALTER TABLE "case_batch" DROP COLUMN "stopped_by", DROP COLUMN "stopped_at"`);
  }
}
