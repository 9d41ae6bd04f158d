import { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhook subscriptions, the outbox of outbound messages and their per-channel deliveries; user e-mail. */
export class Outbox1764750000000 implements MigrationInterface {
  name = 'Outbox1764750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD COLUMN "email" text`);
    await queryRunner.query(`
      CREATE TABLE "webhook_subscription" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "url" text NOT NULL,
        "secret" text NOT NULL,
        "event_types" text[] NOT NULL,
        "campaign_id" text,
        "active" boolean NOT NULL DEFAULT true,
        "created_by" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "deactivated_at" timestamptz,
        CONSTRAINT "pk_webhook_subscription" PRIMARY KEY ("id")
      )`);
    // Producers look up the active subscriptions of one campaign (or of all) on every event.
    await queryRunner.query(
      `CREATE INDEX "idx_webhook_subscription_campaign" ON "webhook_subscription" ("campaign_id") WHERE "active"`,
    );
    await queryRunner.query(`
      CREATE TABLE "outbox_message" (
        "id" bigserial NOT NULL,
        "key" text NOT NULL,
        "type" text NOT NULL,
        "campaign_id" text NOT NULL,
        "payload" jsonb NOT NULL,
        "occurred_at" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_outbox_message" PRIMARY KEY ("id"),
        CONSTRAINT "uq_outbox_message_key" UNIQUE ("key")
      )`);
    await queryRunner.query(`
      CREATE TABLE "outbox_delivery" (
        "id" bigserial NOT NULL,
        "message_id" bigint NOT NULL,
        "channel" text NOT NULL,
        "target" text NOT NULL,
        "status" text NOT NULL DEFAULT 'PENDING',
        "attempts" integer NOT NULL DEFAULT 0,
        "next_attempt_at" timestamptz NOT NULL DEFAULT now(),
        "last_error" text,
        "delivered_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_outbox_delivery" PRIMARY KEY ("id"),
        CONSTRAINT "fk_outbox_delivery_message" FOREIGN KEY ("message_id") REFERENCES "outbox_message" ("id") ON DELETE CASCADE,
        CONSTRAINT "uq_outbox_delivery_message_channel_target" UNIQUE ("message_id", "channel", "target"),
        CONSTRAINT "chk_outbox_delivery_channel" CHECK ("channel" IN ('WEBHOOK', 'EMAIL')),
        CONSTRAINT "chk_outbox_delivery_status" CHECK ("status" IN ('PENDING', 'DELIVERED', 'FAILED'))
      )`);
    // The dispatcher's claim: the due pending deliveries of one channel, oldest due first.
    await queryRunner.query(
      `CREATE INDEX "idx_outbox_delivery_due" ON "outbox_delivery" ("channel", "status", "next_attempt_at")`,
    );
    // GET /webhooks/:id/deliveries: one subscription's newest deliveries.
    await queryRunner.query(
      `CREATE INDEX "idx_outbox_delivery_target" ON "outbox_delivery" ("channel", "target", "id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outbox_delivery"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP TABLE "webhook_subscription"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email"`);
  }
}
