import { DataSource } from 'typeorm';

/** One row of a test jurisdiction tree: id, parent, level, kind (communities), ineligible reason. */
export type TreeNode = [id: string, parent: string | null, level: string, kind?: string, ineligible?: string];

/**
 * Inserts a jurisdiction tree straight into the database, computing each path from its parent (listed
 * first). Spec files share the run's database, so each uses ids with a prefix of its own.
 */
export async function seedTree(dataSource: DataSource, nodes: TreeNode[]): Promise<void> {
  const paths = new Map<string, string>();
  for (const [id, parent, level, kind, ineligible] of nodes) {
    const path = `${parent === null ? '/' : paths.get(parent)}${id}/`;
    paths.set(id, path);
    await dataSource.query(
      `INSERT INTO jurisdiction (id, parent_id, level, name, kind, eligible, ineligible_reason, path)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, parent, level, `${id} 名称`, kind ?? null, ineligible === undefined, ineligible ?? null, path],
    );
  }
}

/** The id of a test user, for asserting createdBy and audit rows. */
export async function userIdOf(dataSource: DataSource, username: string): Promise<string> {
  const rows: { id: string }[] = await dataSource.query('SELECT id FROM app_user WHERE username = $1', [
    username,
  ]);
  return rows[0].id;
}
