import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import {
  AuditChainHeadRepository,
  AuditLinkFields,
  auditLinkHash,
  CheckpointSigner,
  checkpointSignerOf,
  dataSourceOptions,
  dropDatabase,
  ensureDatabase,
  GENESIS_HASH,
  migrations,
  payloadDigest,
  UserRole,
  verifyHead,
} from '@app/persistence';
import { AuditService } from '../../apps/api/src/audit/audit.service';
import { AuthenticatedActor } from '../../apps/api/src/auth/authenticated-actor';
import { AuditAnchorSweeper } from '../../apps/worker/src/audit/audit-anchor.sweeper';
import { eventually } from '../support/eventually';
import { seedCampaignRow } from '../support/campaign-row';
import { seedTree, userIdOf } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

const newCampaignId = () => `head-${randomUUID().slice(0, 8)}`;

describe('POST /campaigns/:campaignId/audit/verify catches a truncated chain (signed head, Temporal anchor)', () => {
  let t: TestApp;
  let admin: TestUser;
  let actor: AuthenticatedActor;

  const sql = <T = unknown>(text: string, params: unknown[] = []): Promise<T[]> =>
    t.harness.dataSource.query(text, params);
  /** As the DB owner: statements run with every trigger off (replica mode), as an attacker would. */
  const behindTheTriggers = (statements: [string, unknown[]][]) =>
    t.harness.dataSource.transaction(async (tx) => {
      await tx.query('SET LOCAL session_replication_role = replica');
      for (const [text, params] of statements) await tx.query(text, params);
    });
  const verify = async (campaignId: string) =>
    (await t.as(admin).post(`/campaigns/${campaignId}/audit/verify`).expect(200)).body as {
      ok: boolean;
      checked: number;
      firstBrokenLink: unknown;
      head: { ok: boolean; problems: { reason: string; message: string }[]; [key: string]: unknown };
    };

  /** A campaign (verify answers 404 for one that does not exist) whose chain holds `count` acts. */
  async function campaignWithActs(count: number, existing?: string): Promise<string> {
    const campaignId = existing ?? newCampaignId();
    if (existing === undefined) await seedCampaignRow(t.harness.dataSource, campaignId, 'head-province');
    const audit = t.app.get(AuditService);
    for (let i = 1; i <= count; i++) {
      await audit.record(actor, { action: `ACT_${i}`, campaignId, payload: { step: i } });
    }
    return campaignId;
  }
  const linkAt = async (campaignId: string, index: number) =>
    (
      await sql<{ hash: string }>(
        'SELECT hash FROM audit_event WHERE campaign_id = $1 AND chain_index = $2',
        [campaignId, index],
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp();
    await seedTree(t.harness.dataSource, [['head-province', null, 'PROVINCE']]);
    admin = await t.user(UserRole.ADMIN);
    const userId = await userIdOf(t.harness.dataSource, admin.username);
    actor = { userId, role: UserRole.ADMIN, displayName: '管理员', scopeId: null, scopePath: null };
  });
  afterAll(async () => {
    await t.close();
  });

  it('should name the deleted newest link, then links, when the DB owner deleted them behind the trigger', async () => {
    const campaignId = await campaignWithActs(5);
    expect(await verify(campaignId)).toMatchObject({
      ok: true,
      checked: 5,
      head: { ok: true, problems: [] },
    });

    await behindTheTriggers([
      ['DELETE FROM audit_event WHERE campaign_id = $1 AND chain_index = 5', [campaignId]],
    ]);
    const five = await verify(campaignId);
    expect(five).toEqual({
      ok: false,
      checked: 4,
      firstBrokenLink: null,
      head: {
        ok: false,
        lastLink: { chainIndex: 4, hash: (await linkAt(campaignId, 4)).hash },
        signedHead: {
          chainIndex: 5,
          hash: expect.any(String),
          signedAt: expect.any(String),
          signature: 'VALID',
        },
        anchoredHead: null,
        problems: [
          {
            reason: 'TRUNCATED',
            message: 'the chain ends at link 4 but its signed head is link 5: link 5 was deleted',
          },
        ],
      },
    });

    await behindTheTriggers([
      ['DELETE FROM audit_event WHERE campaign_id = $1 AND chain_index = 4', [campaignId]],
    ]);
    expect((await verify(campaignId)).head.problems).toEqual([
      {
        reason: 'TRUNCATED',
        message: 'the chain ends at link 3 but its signed head is link 5: links 4–5 were deleted',
      },
    ]);
  });

  it('should name a link appended outside the application, though its hash chains correctly', async () => {
    const campaignId = await campaignWithActs(2);
    const fields: AuditLinkFields = {
      campaignId,
      chainIndex: 3,
      workflowId: null,
      communityId: null,
      seq: null,
      actorId: actor.userId,
      actorRole: 'ADMIN',
      actorName: '管理员',
      action: 'FORGED_APPROVAL',
      stageBefore: null,
      stageAfter: null,
      payloadDigest: payloadDigest({}),
      at: new Date().toISOString(),
      prevHash: (await linkAt(campaignId, 2)).hash,
    };
    await sql(
      `INSERT INTO audit_event (campaign_id, chain_index, workflow_id, community_id, seq, actor_id, actor_role,
         actor_name, action, stage_before, stage_after, payload_digest, at, prev_hash, hash)
       VALUES ($1, 3, null, null, null, $2, 'ADMIN', '管理员', 'FORGED_APPROVAL', null, null, $3, $4, $5, $6)`,
      [campaignId, actor.userId, fields.payloadDigest, fields.at, fields.prevHash, auditLinkHash(fields)],
    );
    const result = await verify(campaignId);
    expect(result).toMatchObject({ ok: false, checked: 3, firstBrokenLink: null });
    expect(result.head.problems).toEqual([
      {
        reason: 'LINKS_AFTER_SIGNED_HEAD',
        message: 'link 3 comes after the signed head (link 2): added outside the application',
      },
    ]);
  });

  it('should tell a head moved back without the key, and a deleted head, from a truncation', async () => {
    const forged = await campaignWithActs(3);
    const two = await linkAt(forged, 2);
    const wrongKey = new CheckpointSigner('not-the-deployment-key-not-the-deployment-key');
    const { keyId, signature } = wrongKey.sign({ campaignId: forged, chainIndex: 2, hash: two.hash });
    await behindTheTriggers([
      ['DELETE FROM audit_event WHERE campaign_id = $1 AND chain_index = 3', [forged]],
      [
        'UPDATE audit_chain_head SET chain_index = 2, hash = $2, key_id = $3, signature = $4 WHERE campaign_id = $1',
        [forged, two.hash, keyId, signature],
      ],
    ]);
    expect((await verify(forged)).head.problems).toEqual([
      {
        reason: 'SIGNED_HEAD_FORGED',
        message:
          'the signed head (link 2) is signed by a key this deployment does not know: it was written outside the application',
      },
    ]);

    const headless = await campaignWithActs(2);
    await expect(sql('DELETE FROM audit_chain_head WHERE campaign_id = $1', [headless])).rejects.toThrow(
      'append-only',
    );
    await behindTheTriggers([['DELETE FROM audit_chain_head WHERE campaign_id = $1', [headless]]]);
    expect((await verify(headless)).head.problems).toEqual([
      { reason: 'SIGNED_HEAD_MISSING', message: 'the chain has 2 links but no signed head: it was deleted' },
    ]);
  });

  it('should catch links and signed head set back together (an older backup) by the heads anchored in Temporal', async () => {
    const campaignId = await campaignWithActs(3);
    const [saved] = await sql<Record<string, unknown>>(
      'SELECT chain_index, hash, key_id, signature FROM audit_chain_head WHERE campaign_id = $1',
      [campaignId],
    );
    await campaignWithActs(2, campaignId);
    const sweeper = new AuditAnchorSweeper(
      new AuditChainHeadRepository(t.harness.dataSource),
      t.harness.client,
      {
        ...loadConfig(process.env),
        TEMPORAL_TASK_QUEUE: t.harness.taskQueue,
      },
    );
    expect(await sweeper.sweepOnce()).toBeGreaterThanOrEqual(1);
    await eventually(async () =>
      expect((await verify(campaignId)).head.anchoredHead).toMatchObject({ chainIndex: 5 }),
    );

    // Links 4–5 gone and the head of link 3 put back: the signed head alone agrees with the chain …
    await behindTheTriggers([
      ['DELETE FROM audit_event WHERE campaign_id = $1 AND chain_index > 3', [campaignId]],
      [
        'UPDATE audit_chain_head SET chain_index = $2, hash = $3, key_id = $4, signature = $5 WHERE campaign_id = $1',
        [campaignId, saved.chain_index, saved.hash, saved.key_id, saved.signature],
      ],
    ]);
    // … but Temporal kept link 5.
    const setBack = await verify(campaignId);
    expect(setBack).toMatchObject({ ok: false, checked: 3, firstBrokenLink: null });
    expect(setBack.head.problems).toEqual([
      {
        reason: 'BELOW_ANCHORED_HEAD',
        message: expect.stringMatching(
          /^Temporal anchored link 5 at .+, but the chain ends at link 3: links were deleted and the signed head set back/,
        ) as string,
      },
    ]);
    // The next full anchoring pass (hourly, and at every start) sees the older head and keeps that too.
    await sweeper.sweepOnce({ full: true });
    await eventually(async () =>
      expect((await verify(campaignId)).head.problems.map((problem) => problem.reason)).toEqual([
        'BELOW_ANCHORED_HEAD',
        'HEAD_WENT_BACK',
      ]),
    );
  });

  it('should sign the heads of chains written before the signed head existed, so old chains still verify', async () => {
    const url = process.env.DATABASE_URL!.replace(/\/[^/]+$/, `/chuangjian_test_heads_${process.pid}`);
    await ensureDatabase(url);
    const before = migrations.findIndex((migration) => migration.name === 'AuditChainHead1765320000000');
    const old = await new DataSource({
      ...dataSourceOptions(url),
      migrations: migrations.slice(0, before),
    }).initialize();
    let prevHash = GENESIS_HASH;
    try {
      await old.runMigrations({ transaction: 'each' });
      for (const chainIndex of [1, 2, 3]) {
        const fields: AuditLinkFields = {
          campaignId: 'legacy',
          chainIndex,
          workflowId: null,
          communityId: null,
          seq: null,
          actorId: 'u-1',
          actorRole: 'ORGANIZER',
          actorName: '组织方',
          action: `ACT_${chainIndex}`,
          stageBefore: null,
          stageAfter: null,
          payloadDigest: payloadDigest({ chainIndex }),
          at: new Date(Date.UTC(2026, 0, chainIndex)).toISOString(),
          prevHash,
        };
        prevHash = auditLinkHash(fields);
        await old.query(
          `INSERT INTO audit_event (campaign_id, chain_index, actor_id, actor_role, actor_name, action,
             payload_digest, at, prev_hash, hash)
           VALUES ('legacy', $1, 'u-1', 'ORGANIZER', '组织方', $2, $3, $4, $5, $6)`,
          [chainIndex, fields.action, fields.payloadDigest, fields.at, fields.prevHash, prevHash],
        );
      }
    } finally {
      await old.destroy();
    }
    const upgraded = await new DataSource(dataSourceOptions(url)).initialize();
    try {
      expect((await upgraded.runMigrations({ transaction: 'each' })).map((m) => m.name)).toContain(
        'AuditChainHead1765320000000',
      );
      const heads = new AuditChainHeadRepository(upgraded);
      const result = verifyHead(
        {
          lastLink: await heads.lastLink('legacy'),
          signedHead: await heads.find('legacy'),
          anchor: null,
          hashesAtAnchors: new Map(),
        },
        checkpointSignerOf(loadConfig(process.env)),
      );
      expect(result).toMatchObject({
        ok: true,
        lastLink: { chainIndex: 3, hash: prevHash },
        signedHead: { chainIndex: 3, hash: prevHash, signature: 'VALID' },
        problems: [],
      });
    } finally {
      await upgraded.destroy();
      await dropDatabase(url);
    }
  });
});
