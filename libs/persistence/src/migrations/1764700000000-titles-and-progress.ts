import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stages after which a case has no deadline any more (mirrors isClosed in libs/domain). */
const CLOSED_STAGES = `('AWARDED','NOT_AWARDED','NOT_APPLIED','WITHDRAWN')`;

/**
 * The counter rows one set of case_projection rows contributes, signed: one row per ancestor node of the
 * case's street (province … street), so any subtree's figures are one exact lookup, never a range sum.
 * `renewal` reads the flag on the case's own campaign title, which only the case triggers write.
 */
function stageDelta(source: string, sign: '+' | '-'): string {
  return `
    SELECT r.campaign_id, a.node_path, r.stage, COALESCE(r.tier, '') AS tier,
           COALESCE(t.renewal, false) AS renewal, ${sign}1 AS n
      FROM ${source} r
      CROSS JOIN LATERAL "case_ancestor_paths"(r.community_path) a(node_path)
      LEFT JOIN "community_title" t
        ON r.stage = 'AWARDED' AND t.campaign_id = r.campaign_id AND t.community_id = r.community_id`;
}

function dueDelta(source: string, sign: '+' | '-'): string {
  return `
    SELECT r.campaign_id, a.node_path, r.stage, r.due_at, ${sign}1 AS n
      FROM ${source} r
      CROSS JOIN LATERAL "case_ancestor_paths"(r.community_path) a(node_path)
     WHERE r.due_at IS NOT NULL AND r.stage NOT IN ${CLOSED_STAGES}`;
}

/** Applies signed deltas to both counters; keys whose rows cancel out are not touched at all. */
function applyDeltas(sources: { source: string; sign: '+' | '-' }[]): string {
  const stage = sources.map(({ source, sign }) => stageDelta(source, sign)).join(' UNION ALL ');
  const due = sources.map(({ source, sign }) => dueDelta(source, sign)).join(' UNION ALL ');
  return `
  INSERT INTO "case_stage_count" AS s ("campaign_id", "node_path", "stage", "tier", "renewal", "n")
  SELECT campaign_id, node_path, stage, tier, renewal, sum(n) FROM (${stage}) d
   GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0
  ON CONFLICT ("campaign_id", "node_path", "stage", "tier", "renewal") DO UPDATE SET "n" = s."n" + EXCLUDED."n";
  INSERT INTO "case_due_count" AS s ("campaign_id", "node_path", "stage", "due_at", "n")
  SELECT campaign_id, node_path, stage, due_at, sum(n) FROM (${due}) d
   GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0
  ON CONFLICT ("campaign_id", "node_path", "due_at", "stage") DO UPDATE SET "n" = s."n" + EXCLUDED."n";`;
}

/** Rows a decrement may have brought to zero, found again by their exact keys (primary-key lookups). */
const dropZeroRows = `
  DELETE FROM "case_stage_count" s
   USING (SELECT DISTINCT campaign_id, node_path, stage, tier, renewal FROM (${stageDelta('old_rows', '-')}) d) k
   WHERE s."n" = 0 AND s."campaign_id" = k.campaign_id AND s."node_path" = k.node_path AND s."stage" = k.stage
     AND s."tier" = k.tier AND s."renewal" = k.renewal;
  DELETE FROM "case_due_count" s
   USING (SELECT DISTINCT campaign_id, node_path, stage, due_at FROM (${dueDelta('old_rows', '-')}) d) k
   WHERE s."n" = 0 AND s."campaign_id" = k.campaign_id AND s."node_path" = k.node_path AND s."stage" = k.stage
     AND s."due_at" = k.due_at;`;

/**
 * The title a case earns when it reaches AWARDED (once per campaign and community; a conflict, e.g. a
 * certificate number already held, is skipped rather than failing the projection write). renewal: the
 * community still held an earlier title of the kind then, so the award does not make it newly titled.
 */
function awardTitles(source: string, filter = ''): string {
  return `
  INSERT INTO "community_title" ("community_id", "community_path", "title_kind", "year", "campaign_id",
                                 "certificate_number", "valid_until", "source", "renewal")
  SELECT r.community_id, j.path, c.title_kind, c.year, c.id, r.snapshot #>> '{award,certificateNumber}',
         CASE WHEN r.snapshot #>> '{award,validUntil}' ~ '^\\d{4}-\\d{2}-\\d{2}$'
              THEN (r.snapshot #>> '{award,validUntil}')::date END,
         'CAMPAIGN',
         EXISTS (SELECT 1 FROM "community_title" t
                  WHERE t.title_kind = c.title_kind AND t.community_id = r.community_id
                    AND "title_counts_before_campaign"(t.source, t.year, t.campaign_id, t.valid_until,
                                                       t.revoked_at, c.id, c.year))
    FROM ${source} r
    JOIN "campaign" c ON c.id = r.campaign_id
    JOIN "jurisdiction" j ON j.id = r.community_id AND j.level = 'COMMUNITY'
   WHERE r.stage = 'AWARDED' AND r.snapshot #>> '{award,certificateNumber}' IS NOT NULL ${filter}
  ON CONFLICT DO NOTHING;`;
}

function triggerFunction(name: string, body: string): string {
  return `CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
${body}
  RETURN NULL;
END $$`;
}

/**
 * Titles across years (community_title) and progress counters for campaigns at national scale:
 * - case_stage_count / case_due_count: per campaign and per ancestor node of each case's street, cases by
 *   stage/tier/renewal and open cases by deadline; kept by STATEMENT-level triggers over transition
 *   tables, so a 100,000-row launch INSERT updates them in one pass;
 * - campaign_progress_baseline: eligible and previously titled communities per node of a campaign's scope,
 *   recomputed set-based when progress_reference_version (bumped by triggers on jurisdiction and
 *   community_title) shows that what it was computed from has changed.
 */
export class TitlesAndProgress1764700000000 implements MigrationInterface {
  name = 'TitlesAndProgress1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [...titleStatements(), ...counterStatements(), ...baselineStatements()]) {
      await queryRunner.query(statement);
    }
    // Cases projected before this migration: their titles, then their counters.
    await queryRunner.query(`DO $$ BEGIN ${awardTitles('"case_projection"')} END $$`);
    await queryRunner.query(
      `DO $$ BEGIN ${applyDeltas([{ source: '"case_projection"', sign: '+' }])} END $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const operation of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER "trg_case_stage_count_${operation}" ON "case_projection"`);
      await queryRunner.query(`DROP FUNCTION "case_stage_count_on_${operation}"()`);
    }
    await queryRunner.query(`DROP TRIGGER "trg_progress_bump_jurisdiction" ON "jurisdiction"`);
    for (const table of [
      'campaign_progress_baseline_state',
      'campaign_progress_baseline',
      'case_due_count',
      'case_stage_count',
      'community_title',
      'progress_reference_version',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    for (const signature of [
      '"progress_bump_jurisdiction"()',
      '"progress_bump_titles"()',
      '"progress_bump_titles_on_update"()',
      '"progress_bump_titles_on_truncate"()',
      '"case_ancestor_paths"(text)',
      '"title_counts_before_campaign"(text, integer, text, date, date, text, integer)',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${signature}`);
    }
  }
}

function titleStatements(): string[] {
  return [
    `CREATE TABLE "community_title" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "community_id" text NOT NULL,
      "community_path" text COLLATE "C" NOT NULL,
      "title_kind" text NOT NULL,
      "year" integer NOT NULL,
      "campaign_id" text,
      "certificate_number" text NOT NULL,
      "valid_until" date,
      "revoked_at" date,
      "revoked_reason" text,
      "source" text NOT NULL,
      "renewal" boolean NOT NULL DEFAULT false,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "pk_community_title" PRIMARY KEY ("id"),
      CONSTRAINT "uq_community_title_certificate" UNIQUE ("certificate_number"),
      CONSTRAINT "fk_community_title_community" FOREIGN KEY ("community_id") REFERENCES "jurisdiction" ("id"),
      CONSTRAINT "fk_community_title_campaign" FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id"),
      CONSTRAINT "ck_community_title_source" CHECK (
        "source" IN ('IMPORT','CAMPAIGN') AND ("source" = 'CAMPAIGN') = ("campaign_id" IS NOT NULL)),
      CONSTRAINT "ck_community_title_year" CHECK ("year" BETWEEN 1949 AND 2100),
      CONSTRAINT "ck_community_title_revoked" CHECK ("revoked_at" IS NULL OR "revoked_at" >= make_date("year", 1, 1))
    )`,
    // The renewal check when a case is awarded, and GET /titles?communityId=&titleKind=.
    `CREATE INDEX "idx_community_title_kind_community" ON "community_title" ("title_kind", "community_id")`,
    // The baseline: a kind's titles under a scope path (COLLATE "C" makes LIKE 'prefix%' an index range).
    `CREATE INDEX "idx_community_title_kind_path" ON "community_title" ("title_kind", "community_path")`,
    // GET /titles in the caller's subtree, in path order.
    `CREATE INDEX "idx_community_title_path" ON "community_title" ("community_path", "year")`,
    `CREATE UNIQUE INDEX "uq_community_title_campaign_community" ON "community_title" ("campaign_id", "community_id")
       WHERE "campaign_id" IS NOT NULL`,
    // Whether a title counts for a campaign as an earlier title: imported or won before the campaign's year,
    // and not revoked or expired before 1 January of it (countsTowardCumulative in libs/domain).
    `CREATE FUNCTION "title_counts_before_campaign"(t_source text, t_year integer, t_campaign_id text,
         t_valid_until date, t_revoked_at date, c_id text, c_year integer) RETURNS boolean
       LANGUAGE sql IMMUTABLE AS $$
       SELECT t_campaign_id IS DISTINCT FROM c_id
          AND (t_source = 'IMPORT' OR t_year < c_year)
          AND t_year <= c_year
          AND (t_revoked_at IS NULL OR t_revoked_at >= make_date(c_year, 1, 1))
          AND (t_valid_until IS NULL OR t_valid_until >= make_date(c_year, 1, 1))
     $$`,
  ];
}

function counterStatements(): string[] {
  return [
    `CREATE TABLE "case_stage_count" (
      "campaign_id" text NOT NULL,
      "node_path" text NOT NULL,
      "stage" text NOT NULL,
      "tier" text NOT NULL,
      "renewal" boolean NOT NULL,
      "n" integer NOT NULL,
      CONSTRAINT "pk_case_stage_count" PRIMARY KEY ("campaign_id", "node_path", "stage", "tier", "renewal")
    )`,
    `CREATE TABLE "case_due_count" (
      "campaign_id" text NOT NULL,
      "node_path" text NOT NULL,
      "stage" text NOT NULL,
      "due_at" timestamptz NOT NULL,
      "n" integer NOT NULL,
      CONSTRAINT "pk_case_due_count" PRIMARY KEY ("campaign_id", "node_path", "due_at", "stage")
    )`,
    // '/p/c/d/s/c-01/' → '/p/', '/p/c/', '/p/c/d/', '/p/c/d/s/': every node above the community. PL/pgSQL
    // with ROWS 4 so the planner expects a handful per case and looks counters up by key, not by scan.
    `CREATE FUNCTION "case_ancestor_paths"(community_path text) RETURNS SETOF text
       LANGUAGE plpgsql IMMUTABLE STRICT ROWS 4 AS $$
     DECLARE
       segments text[] := string_to_array(btrim(community_path, '/'), '/');
     BEGIN
       FOR i IN 1 .. COALESCE(cardinality(segments), 0) - 1 LOOP
         RETURN NEXT '/' || array_to_string(segments[1:i], '/') || '/';
       END LOOP;
     END $$`,
    triggerFunction(
      'case_stage_count_on_insert',
      awardTitles('new_rows') + applyDeltas([{ source: 'new_rows', sign: '+' }]),
    ),
    // Titles only for rows entering AWARDED, so an AWARDED row's renewal flag reads the same before and after.
    triggerFunction(
      'case_stage_count_on_update',
      awardTitles(
        'new_rows',
        `AND EXISTS (SELECT 1 FROM old_rows o WHERE o.workflow_id = r.workflow_id AND o.stage <> 'AWARDED')`,
      ) +
        applyDeltas([
          { source: 'new_rows', sign: '+' },
          { source: 'old_rows', sign: '-' },
        ]) +
        dropZeroRows,
    ),
    triggerFunction(
      'case_stage_count_on_delete',
      applyDeltas([{ source: 'old_rows', sign: '-' }]) + dropZeroRows,
    ),
    triggerFunction(
      'case_stage_count_on_truncate',
      `DELETE FROM "case_stage_count"; DELETE FROM "case_due_count";`,
    ),
    `CREATE TRIGGER "trg_case_stage_count_insert" AFTER INSERT ON "case_projection"
       REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_stage_count_on_insert"()`,
    `CREATE TRIGGER "trg_case_stage_count_update" AFTER UPDATE ON "case_projection"
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION "case_stage_count_on_update"()`,
    `CREATE TRIGGER "trg_case_stage_count_delete" AFTER DELETE ON "case_projection"
       REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_stage_count_on_delete"()`,
    `CREATE TRIGGER "trg_case_stage_count_truncate" AFTER TRUNCATE ON "case_projection"
       FOR EACH STATEMENT EXECUTE FUNCTION "case_stage_count_on_truncate"()`,
  ];
}

const bumpTitleVersions = (source: string) => `
  INSERT INTO "progress_reference_version" AS v ("key", "title_kind", "year", "source", "version")
  SELECT DISTINCT 'title|' || title_kind || '|' || year || '|' || source, title_kind, year, source, 1
    FROM (${source}) t
  ON CONFLICT ("key") DO UPDATE SET "version" = v."version" + 1;`;

function baselineStatements(): string[] {
  return [
    // One row per thing a baseline depends on: 'jurisdiction', and 'title|<kind>|<year>|<source>'.
    `CREATE TABLE "progress_reference_version" (
      "key" text NOT NULL,
      "title_kind" text,
      "year" integer,
      "source" text,
      "version" bigint NOT NULL,
      CONSTRAINT "pk_progress_reference_version" PRIMARY KEY ("key")
    )`,
    triggerFunction(
      'progress_bump_jurisdiction',
      `
  INSERT INTO "progress_reference_version" AS v ("key", "version") VALUES ('jurisdiction', 1)
  ON CONFLICT ("key") DO UPDATE SET "version" = v."version" + 1;`,
    ),
    `CREATE TRIGGER "trg_progress_bump_jurisdiction" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "jurisdiction"
       FOR EACH STATEMENT EXECUTE FUNCTION "progress_bump_jurisdiction"()`,
    triggerFunction(
      'progress_bump_titles',
      bumpTitleVersions('SELECT title_kind, year, source FROM changed_rows'),
    ),
    triggerFunction(
      'progress_bump_titles_on_update',
      bumpTitleVersions(
        'SELECT title_kind, year, source FROM changed_rows UNION ALL SELECT title_kind, year, source FROM new_rows',
      ),
    ),
    triggerFunction(
      'progress_bump_titles_on_truncate',
      `
  UPDATE "progress_reference_version" SET "version" = "version" + 1 WHERE "title_kind" IS NOT NULL;`,
    ),
    `CREATE TRIGGER "trg_progress_bump_titles_insert" AFTER INSERT ON "community_title"
       REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "progress_bump_titles"()`,
    `CREATE TRIGGER "trg_progress_bump_titles_update" AFTER UPDATE ON "community_title"
       REFERENCING OLD TABLE AS changed_rows NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION "progress_bump_titles_on_update"()`,
    `CREATE TRIGGER "trg_progress_bump_titles_delete" AFTER DELETE ON "community_title"
       REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "progress_bump_titles"()`,
    `CREATE TRIGGER "trg_progress_bump_titles_truncate" AFTER TRUNCATE ON "community_title"
       FOR EACH STATEMENT EXECUTE FUNCTION "progress_bump_titles_on_truncate"()`,
    // Per node of a campaign's scope above the communities (province … street): eligible communities and
    // eligible communities holding an earlier title that counts for the campaign's year.
    `CREATE TABLE "campaign_progress_baseline" (
      "campaign_id" text NOT NULL,
      "node_path" text NOT NULL,
      "eligible" integer NOT NULL,
      "previously_titled" integer NOT NULL,
      CONSTRAINT "pk_campaign_progress_baseline" PRIMARY KEY ("campaign_id", "node_path"),
      CONSTRAINT "fk_campaign_progress_baseline_campaign" FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id") ON DELETE CASCADE
    )`,
    `CREATE TABLE "campaign_progress_baseline_state" (
      "campaign_id" text NOT NULL,
      "signature" bigint NOT NULL,
      "computed_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "pk_campaign_progress_baseline_state" PRIMARY KEY ("campaign_id"),
      CONSTRAINT "fk_campaign_progress_baseline_state_campaign" FOREIGN KEY ("campaign_id") REFERENCES "campaign" ("id") ON DELETE CASCADE
    )`,
  ];
}
