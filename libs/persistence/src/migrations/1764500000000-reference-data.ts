import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reference data: the jurisdiction tree, versioned standards and campaigns pinning one of them. */
export class ReferenceData1764500000000 implements MigrationInterface {
  name = 'ReferenceData1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "jurisdiction" (
        "id" text NOT NULL,
        "parent_id" text,
        "level" text NOT NULL,
        "name" text NOT NULL,
        "kind" text,
        "eligible" boolean NOT NULL DEFAULT true,
        "ineligible_reason" text,
        "path" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_jurisdiction" PRIMARY KEY ("id"),
        CONSTRAINT "uq_jurisdiction_path" UNIQUE ("path"),
        CONSTRAINT "fk_jurisdiction_parent" FOREIGN KEY ("parent_id") REFERENCES "jurisdiction" ("id"),
        CONSTRAINT "ck_jurisdiction_level" CHECK ("level" IN ('PROVINCE','CITY','DISTRICT','STREET','COMMUNITY')),
        CONSTRAINT "ck_jurisdiction_root" CHECK (("parent_id" IS NULL) = ("level" = 'PROVINCE')),
        CONSTRAINT "ck_jurisdiction_kind" CHECK (
          ("level" = 'COMMUNITY' AND "kind" IN ('URBAN','RURAL')) OR ("level" <> 'COMMUNITY' AND "kind" IS NULL)),
        CONSTRAINT "ck_jurisdiction_eligibility" CHECK ("eligible" = ("ineligible_reason" IS NULL))
      )`);
    // A subtree is "path LIKE prefix || '%'": text_pattern_ops makes that an index range scan.
    await queryRunner.query(
      `CREATE INDEX "idx_jurisdiction_path_prefix" ON "jurisdiction" ("path" text_pattern_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_jurisdiction_level_path_prefix" ON "jurisdiction" ("level", "path" text_pattern_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "idx_jurisdiction_parent" ON "jurisdiction" ("parent_id")`);

    await queryRunner.query(`
      CREATE TABLE "standard" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" text NOT NULL,
        "version" integer NOT NULL,
        "title" text NOT NULL,
        "title_kind" text NOT NULL,
        "definition" jsonb NOT NULL,
        "created_by" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_standard" PRIMARY KEY ("id"),
        CONSTRAINT "uq_standard_code_version" UNIQUE ("code", "version"),
        CONSTRAINT "ck_standard_version" CHECK ("version" >= 1)
      )`);

    await queryRunner.query(`
      CREATE TABLE "campaign" (
        "id" text NOT NULL,
        "title" text NOT NULL,
        "title_kind" text NOT NULL,
        "year" integer NOT NULL,
        "organizer_jurisdiction_id" text NOT NULL,
        "scope_jurisdiction_id" text NOT NULL,
        "standard_id" uuid NOT NULL,
        "schedule" jsonb NOT NULL,
        "targets" jsonb NOT NULL,
        "inspection_policy" jsonb NOT NULL,
        "award_policy" jsonb NOT NULL,
        "status" text NOT NULL DEFAULT 'DRAFT',
        "launched_at" timestamptz,
        "created_by" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_campaign" PRIMARY KEY ("id"),
        CONSTRAINT "fk_campaign_organizer" FOREIGN KEY ("organizer_jurisdiction_id") REFERENCES "jurisdiction" ("id"),
        CONSTRAINT "fk_campaign_scope" FOREIGN KEY ("scope_jurisdiction_id") REFERENCES "jurisdiction" ("id"),
        CONSTRAINT "fk_campaign_standard" FOREIGN KEY ("standard_id") REFERENCES "standard" ("id"),
        CONSTRAINT "ck_campaign_status" CHECK ("status" IN ('DRAFT','LAUNCHED','CANCELLED')),
        CONSTRAINT "ck_campaign_launched" CHECK ("status" <> 'LAUNCHED' OR "launched_at" IS NOT NULL),
        CONSTRAINT "ck_campaign_year" CHECK ("year" BETWEEN 2000 AND 2100)
      )`);
    await queryRunner.query(
      `CREATE INDEX "idx_campaign_organizer" ON "campaign" ("organizer_jurisdiction_id")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_campaign_scope" ON "campaign" ("scope_jurisdiction_id")`);
    await queryRunner.query(`CREATE INDEX "idx_campaign_status" ON "campaign" ("status")`);
    await queryRunner.query(`CREATE INDEX "idx_campaign_standard" ON "campaign" ("standard_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "campaign"`);
    await queryRunner.query(`DROP TABLE "standard"`);
    await queryRunner.query(`DROP TABLE "jurisdiction"`);
  }
}
