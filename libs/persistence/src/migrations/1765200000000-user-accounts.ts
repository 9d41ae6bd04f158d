import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts managed through the API: a status (a DISABLED user can neither log in nor use a token it
 * holds) and a token version, bumped on every change of role, scope, password or status, which every
 * request compares with its token's `ver` claim. Indexes for the user list (by scope, role) and for the
 * recipients of notifications (role and scope).
 */
export class UserAccounts1765200000000 implements MigrationInterface {
  name = 'UserAccounts1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "app_user"
        ADD COLUMN "status" text NOT NULL DEFAULT 'ACTIVE',
        ADD COLUMN "token_version" integer NOT NULL DEFAULT 0,
        ADD COLUMN "disabled_reason" text,
        ADD COLUMN "created_by" text,
        ADD COLUMN "updated_at" timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT "ck_app_user_status" CHECK ("status" IN ('ACTIVE','DISABLED')),
        ADD CONSTRAINT "ck_app_user_disabled_reason" CHECK (("status" = 'DISABLED') = ("disabled_reason" IS NOT NULL))`);
    await queryRunner.query(`CREATE INDEX "idx_app_user_scope" ON "app_user" ("scope_id", "role")`);
    await queryRunner.query(`CREATE INDEX "idx_app_user_role" ON "app_user" ("role", "username")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_app_user_role"`);
    await queryRunner.query(`DROP INDEX "idx_app_user_scope"`);
    await queryRunner.query(`
      ALTER TABLE "app_user"
        DROP CONSTRAINT "ck_app_user_disabled_reason",
        DROP CONSTRAINT "ck_app_user_status",
        DROP COLUMN "updated_at",
        DROP COLUMN "created_by",
        DROP COLUMN "disabled_reason",
        DROP COLUMN "token_version",
        DROP COLUMN "status"`);
  }
}
