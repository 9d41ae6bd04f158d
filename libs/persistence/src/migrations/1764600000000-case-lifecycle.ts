import { MigrationInterface, QueryRunner } from 'typeorm';

/** Read-model columns the case screens filter on, and the notification inbox. */
export class CaseLifecycle1764600000000 implements MigrationInterface {
  name = 'CaseLifecycle1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "case_projection"
        ADD COLUMN "community_path" text NOT NULL DEFAULT '',
        ADD COLUMN "street_id" text,
        ADD COLUMN "inspector_ids" text[] NOT NULL DEFAULT '{}',
        ADD COLUMN "tier" text,
        ADD COLUMN "total_score" numeric(6,2),
        ADD COLUMN "due_at" timestamptz`);
    // The case list: by campaign, filtered by stage / street / tier / overdue, or scoped by subtree.
    await queryRunner.query(
      `CREATE INDEX "idx_case_projection_campaign_street" ON "case_projection" ("campaign_id", "street_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_case_projection_campaign_due" ON "case_projection" ("campaign_id", "due_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_case_projection_campaign_tier" ON "case_projection" ("campaign_id", "tier")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_case_projection_path" ON "case_projection" ("campaign_id", "community_path" text_pattern_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_case_projection_inspectors" ON "case_projection" USING gin ("inspector_ids")`,
    );
    await queryRunner.query(`
      CREATE TABLE "notification" (
        "id" bigserial NOT NULL,
        "key" text NOT NULL,
        "user_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "campaign_id" text NOT NULL,
        "workflow_id" text,
        "community_id" text,
        "title" text NOT NULL,
        "body" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "read_at" timestamptz,
        CONSTRAINT "pk_notification" PRIMARY KEY ("id"),
        CONSTRAINT "fk_notification_user" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE,
        CONSTRAINT "uq_notification_key_user" UNIQUE ("key", "user_id")
      )`);
    await queryRunner.query(`CREATE INDEX "idx_notification_inbox" ON "notification" ("user_id", "id" DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification"`);
    for (const index of ['campaign_street', 'campaign_due', 'campaign_tier', 'path', 'inspectors']) {
      await queryRunner.query(`DROP INDEX "idx_case_projection_${index}"`);
    }
    await queryRunner.query(`
      ALTER TABLE "case_projection"
        DROP COLUMN "community_path", DROP COLUMN "street_id", DROP COLUMN "inspector_ids",
        DROP COLUMN "tier", DROP COLUMN "total_score", DROP COLUMN "due_at"`);
  }
}
