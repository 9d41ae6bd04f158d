import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users and the case read model: what the first workflow slice needs. */
export class Foundation1764300000000 implements MigrationInterface {
  name = 'Foundation1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "app_user" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "username" text NOT NULL,
        "display_name" text NOT NULL,
        "password_hash" text NOT NULL,
        "role" text NOT NULL,
        "scope_id" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_app_user" PRIMARY KEY ("id"),
        CONSTRAINT "uq_app_user_username" UNIQUE ("username"),
        CONSTRAINT "ck_app_user_role" CHECK ("role" IN ('ADMIN','ORGANIZER','COMMUNITY','INSPECTOR','OBSERVER'))
      )`);
    await queryRunner.query(`
      CREATE TABLE "case_projection" (
        "workflow_id" text NOT NULL,
        "campaign_id" text NOT NULL,
        "community_id" text NOT NULL,
        "stage" text NOT NULL,
        "seq" integer NOT NULL,
        "snapshot" jsonb NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_case_projection" PRIMARY KEY ("workflow_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "idx_case_projection_campaign_stage" ON "case_projection" ("campaign_id", "stage")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "case_projection"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
