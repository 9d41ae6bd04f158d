import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case writes the database keeps refusing (dead letters): one open row per case while its workflow holds
 * the unwritten steps, resolved when a retry writes them. /health and GET /dead-letters read the open ones.
 */
export class CaseWriteDeadLetter1765310000000 implements MigrationInterface {
  name = 'CaseWriteDeadLetter1765310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "case_write_dead_letter" (
        "id" bigserial NOT NULL,
        "workflow_id" text NOT NULL,
        "campaign_id" text NOT NULL,
        "community_id" text NOT NULL,
        "first_seq" integer NOT NULL,
        "last_seq" integer NOT NULL,
        "error" text NOT NULL,
        "error_code" text,
        "failures" integer NOT NULL DEFAULT 1,
        "first_failed_at" timestamptz NOT NULL DEFAULT now(),
        "last_failed_at" timestamptz NOT NULL DEFAULT now(),
        "retry_requested_at" timestamptz,
        "resolved_at" timestamptz,
        CONSTRAINT "pk_case_write_dead_letter" PRIMARY KEY ("id")
      )`);
    // One open dead letter per case (a repeated failure updates it); also serves "every open one".
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_case_write_dead_letter_open" ON "case_write_dead_letter" ("workflow_id")
        WHERE "resolved_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "case_write_dead_letter"`);
  }
}
