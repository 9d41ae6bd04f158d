import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a delivery finished (delivered or given up), so the retention job can delete finished deliveries
 * past an age, and then messages left with none; pending deliveries are never touched.
 */
export class OutboxRetention1765300000000 implements MigrationInterface {
  name = 'OutboxRetention1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_delivery" ADD COLUMN "finished_at" timestamptz`);
    // Rows finished before this column existed: delivered_at, else the last attempt's time (cleared once
    // next_attempt_at is kept only while pending: then when the delivery was created).
    await queryRunner.query(
      `UPDATE "outbox_delivery" SET "finished_at" = COALESCE("delivered_at", "next_attempt_at", "created_at")
        WHERE "status" <> 'PENDING'`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_delivery" ADD CONSTRAINT "chk_outbox_delivery_finished"
         CHECK (("status" = 'PENDING') = ("finished_at" IS NULL))`,
    );
    // The retention job's scan: finished deliveries, oldest first.
    await queryRunner.query(
      `CREATE INDEX "idx_outbox_delivery_finished" ON "outbox_delivery" ("finished_at") WHERE "status" <> 'PENDING'`,
    );
    // … then messages past the age that no delivery refers to any more.
    await queryRunner.query(`CREATE INDEX "idx_outbox_message_created" ON "outbox_message" ("created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_outbox_message_created"`);
    await queryRunner.query(`DROP INDEX "idx_outbox_delivery_finished"`);
    await queryRunner.query(`ALTER TABLE "outbox_delivery" DROP CONSTRAINT "chk_outbox_delivery_finished"`);
    await queryRunner.query(`ALTER TABLE "outbox_delivery" DROP COLUMN "finished_at"`);
  }
}
