import type { Pool } from 'pg';

/** The smallest statement through a pool: tests that only need to see how connecting fails call this. */
export function selectOne(pool: Pool): Promise<unknown> {
  return pool.query('SELECT 1');
}
