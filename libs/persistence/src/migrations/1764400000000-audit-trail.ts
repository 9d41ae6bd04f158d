import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tamper-evident audit trail: one SHA-256 hash chain per campaign, append-only by a trigger that
 * refuses UPDATE, DELETE and TRUNCATE whoever the caller is (only disabling the trigger gets past it).
 */
export class AuditTrail1764400000000 implements MigrationInterface {
  name = 'AuditTrail1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_event" (
        "id" bigserial NOT NULL,
        "campaign_id" text NOT NULL,
        "chain_index" bigint NOT NULL,
        "workflow_id" text,
        "community_id" text,
        "seq" integer,
        "actor_id" text NOT NULL,
        "actor_role" text NOT NULL,
        "actor_name" text NOT NULL,
        "action" text NOT NULL,
        "stage_before" text,
        "stage_after" text,
        "payload_digest" text NOT NULL,
        "at" timestamptz NOT NULL,
        "prev_hash" text NOT NULL,
        "hash" text NOT NULL,
        CONSTRAINT "pk_audit_event" PRIMARY KEY ("id"),
        CONSTRAINT "uq_audit_event_campaign_chain" UNIQUE ("campaign_id", "chain_index"),
        CONSTRAINT "uq_audit_event_workflow_seq" UNIQUE ("workflow_id", "seq"),
        CONSTRAINT "ck_audit_event_chain_index" CHECK ("chain_index" >= 1)
      )`);
    // The campaign trail is served by uq_audit_event_campaign_chain; the case trail by this one.
    await queryRunner.query(
      `CREATE INDEX "idx_audit_event_workflow_chain" ON "audit_event" ("workflow_id", "chain_index")`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_audit_event_append_only"
        BEFORE UPDATE OR DELETE ON "audit_event"
        FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"()`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_audit_event_no_truncate"
        BEFORE TRUNCATE ON "audit_event"
        FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_refuse_change"()`);
  }
}
