import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delivered or failed delivery has no next attempt: `next_attempt_at` is set only while a delivery is
 * PENDING (a check holds every writer to it), so a listing never shows a retry that will not happen.
 */
export class SettledDeliveryNextAttempt1765600000000 implements MigrationInterface {
  name = 'SettledDeliveryNextAttempt1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_delivery" ALTER COLUMN "next_attempt_at" DROP NOT NULL`);
    await queryRunner.query(
      `UPDATE "outbox_delivery" SET "next_attempt_at" = NULL WHERE "status" <> 'PENDING'`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_delivery" ADD CONSTRAINT "chk_outbox_delivery_next_attempt"
         CHECK (("status" = 'PENDING') = ("next_attempt_at" IS NOT NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outbox_delivery" DROP CONSTRAINT "chk_outbox_delivery_next_attempt"`,
    );
    await queryRunner.query(
      `UPDATE "outbox_delivery" SET "next_attempt_at" = COALESCE("delivered_at", "created_at") WHERE "next_attempt_at" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "outbox_delivery" ALTER COLUMN "next_attempt_at" SET NOT NULL`);
  }
}
