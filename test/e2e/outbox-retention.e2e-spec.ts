import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { dataSourceOptions, OutboxRetentionRepository } from '@app/persistence';
import { OutboxRetention } from '../../apps/worker/src/retention/outbox-retention.service';

const DAY_MS = 86_400_000;

describe('outbox retention (worker job, real PostgreSQL)', () => {
  let dataSource: DataSource;
  const campaignId = `ret-${randomUUID().slice(0, 8)}`;
  const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

  /** A message created `ageDays` ago with deliveries [status, finished days ago (null: pending)]. */
  async function message(
    name: string,
    ageDays: number,
    deliveries: [string, number | null][],
  ): Promise<void> {
    const [{ id }] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO outbox_message (key, type, campaign_id, payload, occurred_at, created_at)
       VALUES ($1, 'case.stage_changed', $2, '{}', $3, $3) RETURNING id`,
      [`${campaignId}|${name}`, campaignId, daysAgo(ageDays)],
    );
    for (const [index, [status, finishedDaysAgo]] of deliveries.entries()) {
      await dataSource.query(
        `INSERT INTO outbox_delivery (message_id, channel, target, status, attempts, next_attempt_at, delivered_at,
                                      finished_at, created_at)
         VALUES ($1, 'WEBHOOK', $2, $3, 1, $4, $5, $6, $7)`,
        [
          id,
          `target-${index}`,
          status,
          status === 'PENDING' ? daysAgo(ageDays) : null,
          status === 'DELIVERED' ? daysAgo(finishedDaysAgo!) : null,
          finishedDaysAgo === null ? null : daysAgo(finishedDaysAgo),
          daysAgo(ageDays),
        ],
      );
    }
  }

  const left = async () =>
    dataSource.query<{ name: string; statuses: string[] }[]>(
      `SELECT split_part(m.key, '|', 2) AS name,
              array_remove(array_agg(d.status ORDER BY d.target), NULL) AS statuses
         FROM outbox_message m LEFT JOIN outbox_delivery d ON d.message_id = m.id
        WHERE m.campaign_id = $1 GROUP BY m.key ORDER BY m.key`,
      [campaignId],
    );

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL!)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('should delete, in batches, finished deliveries and then emptied messages past the age, never a pending one', async () => {
    await message('delivered-long-ago', 40, [['DELIVERED', 40]]);
    await message('failed-long-ago-one-pending', 40, [
      ['FAILED', 35],
      ['PENDING', null],
    ]);
    await message('delivered-recently', 40, [['DELIVERED', 10]]);
    await message('old-without-deliveries', 40, []);
    await message('new-without-deliveries', 1, []);
    await message(
      'many-delivered-long-ago',
      45,
      Array.from({ length: 7 }, (): [string, number] => ['DELIVERED', 44]),
    );
    await message('pending-long-ago', 90, [['PENDING', null]]);

    const retention = new OutboxRetention(new OutboxRetentionRepository(dataSource), {
      ...loadConfig(process.env),
      OUTBOX_RETENTION_DAYS: 30,
      OUTBOX_RETENTION_BATCH_SIZE: 3,
    });
    // 9 deliveries in batches of 3 (a full last batch, then an empty one), then 3 messages.
    expect(await retention.purgeOnce()).toEqual({ deliveries: 9, messages: 3 });
    expect(await left()).toEqual([
      { name: 'delivered-recently', statuses: ['DELIVERED'] },
      { name: 'failed-long-ago-one-pending', statuses: ['PENDING'] },
      { name: 'new-without-deliveries', statuses: [] },
      { name: 'pending-long-ago', statuses: ['PENDING'] },
    ]);
    // A second pass finds nothing more; three weeks on, the recent delivery and its message go too.
    expect(await retention.purgeOnce()).toEqual({ deliveries: 0, messages: 0 });
    expect(await retention.purgeOnce(new Date(Date.now() + 21 * DAY_MS))).toMatchObject({ deliveries: 1 });
    expect((await left()).map((row) => row.name)).toEqual([
      'failed-long-ago-one-pending',
      'new-without-deliveries',
      'pending-long-ago',
    ]);
  });

  it('should refuse a finished delivery without a finish time, so every writer sets it', async () => {
    await message('constraint', 1, []);
    await expect(
      dataSource.query(
        `INSERT INTO outbox_delivery (message_id, channel, target, status, next_attempt_at)
         SELECT id, 'WEBHOOK', 'x', 'DELIVERED', NULL FROM outbox_message WHERE key = $1`,
        [`${campaignId}|constraint`],
      ),
    ).rejects.toThrow(/chk_outbox_delivery_finished/);
  });
});
