// Creates the database if missing and applies pending migrations (the compose `migrate` service runs this).
import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { ensureDatabase, runMigrations } from '@app/persistence';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig();
  await ensureDatabase(DATABASE_URL);
  const applied = await runMigrations(DATABASE_URL);
  process.stdout.write(`migrations applied: ${applied.length === 0 ? 'none pending' : applied.join(', ')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
