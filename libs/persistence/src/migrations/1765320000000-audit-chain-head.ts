import { MigrationInterface, QueryRunner } from 'typeorm';
import { loadConfig } from '@app/config';
import { checkpointSignerOf } from '../audit/audit-checkpoint';

/**
 * The signed head of every campaign's audit chain (its last index and hash, HMAC-signed with a key from
 * the configuration), kept apart from audit_event and moved in the same statement as each append, so
 * deleting the newest links is caught by verification. `version` orders changes for the worker that
 * anchors heads in Temporal. Existing chains get their head signed here, with the configured key.
 */
export class AuditChainHead1765320000000 implements MigrationInterface {
  name = 'AuditChainHead1765320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "audit_chain_head_version"`);
    await queryRunner.query(`
      CREATE TABLE "audit_chain_head" (
        "campaign_id" text NOT NULL,
        "chain_index" bigint NOT NULL,
        "hash" text NOT NULL,
        "key_id" text NOT NULL,
        "signature" text NOT NULL,
        "signed_at" timestamptz NOT NULL DEFAULT now(),
        "version" bigint NOT NULL DEFAULT nextval('audit_chain_head_version'),
        CONSTRAINT "pk_audit_chain_head" PRIMARY KEY ("campaign_id")
      )`);
    await queryRunner.query(`CREATE INDEX "idx_audit_chain_head_version" ON "audit_chain_head" ("version")`);
    // A head moves forward with its chain; deleting one is refused like deleting a link.
    await queryRunner.query(`
      CREATE TRIGGER "trg_audit_chain_head_no_delete"
        BEFORE DELETE ON "audit_chain_head"
        FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"()`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_audit_chain_head_no_truncate"
        BEFORE TRUNCATE ON "audit_chain_head"
        FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"()`);
    await this.signExistingHeads(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
    await queryRunner.query(`DROP SEQUENCE "audit_chain_head_version"`);
  }

  private async signExistingHeads(queryRunner: QueryRunner): Promise<void> {
    const heads = (await queryRunner.query(`
      SELECT DISTINCT ON (campaign_id) campaign_id, chain_index, hash
        FROM audit_event ORDER BY campaign_id, chain_index DESC`)) as {
      campaign_id: string;
      chain_index: string;
      hash: string;
    }[];
    if (heads.length === 0) return;
    const signer = checkpointSignerOf(loadConfig());
    const signed = heads.map((row) =>
      signer.sign({ campaignId: row.campaign_id, chainIndex: Number(row.chain_index), hash: row.hash }),
    );
    await queryRunner.query(
      `INSERT INTO audit_chain_head (campaign_id, chain_index, hash, key_id, signature)
       SELECT h."campaignId", h."chainIndex", h.hash, h."keyId", h.signature
         FROM jsonb_to_recordset($1::jsonb)
           AS h("campaignId" text, "chainIndex" bigint, hash text, "keyId" text, signature text)`,
      [JSON.stringify(signed)],
    );
  }
}
