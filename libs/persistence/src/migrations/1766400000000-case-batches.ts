import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Batch work on cases (批量操作): a batch is one action (初审 accept, 退回, 催办, extend, confirm scores)
 * over many cases, each item remembering whether it was done, so a batch resumes without acting
 * twice; and the conflicts inspectors declare on a case (申请回避), which automatic assignment avoids.
 */
export class CaseBatches1766400000000 implements MigrationInterface {
  name = 'CaseBatches1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "case_batch" (
        "id" uuid PRIMARY KEY,
        "campaign_id" text NOT NULL,
        "action" text NOT NULL,
        "params" jsonb NOT NULL,
        "fingerprint" text NOT NULL,
        "created_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX "idx_case_batch_campaign" ON "case_batch" ("campaign_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "case_batch_item" (
        "batch_id" uuid NOT NULL REFERENCES "case_batch" ("id") ON DELETE CASCADE,
        "position" integer NOT NULL,
        "community_id" text NOT NULL,
        "status" text NOT NULL DEFAULT 'PENDING',
        "code" text,
        "message" text,
        "details" jsonb,
        "finished_at" timestamptz,
        PRIMARY KEY ("batch_id", "position"),
        UNIQUE ("batch_id", "community_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "inspector_conflict" (
        "campaign_id" text NOT NULL,
        "community_id" text NOT NULL,
        "inspector_id" uuid NOT NULL,
        "reason" text NOT NULL,
        "declared_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("campaign_id", "community_id", "inspector_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "inspector_conflict"`);
    await queryRunner.query(`DROP TABLE "case_batch_item"`);
    await queryRunner.query(`DROP TABLE "case_batch"`);
  }
}
