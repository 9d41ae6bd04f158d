// `make clean`: the local database goes with .data (Temporal's history), so a new `make start` begins
// from nothing. Only the default local database: a DATABASE_URL you set is never dropped.
import { dropDatabase } from '@app/persistence';
import { DEFAULT_DATABASE_URL, isListening } from './stack/postgres';

async function main(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.stdout.write('DATABASE_URL is set: leaving that database alone\n');
    return;
  }
  if (!(await isListening('127.0.0.1', 5432))) return;
  await dropDatabase(DEFAULT_DATABASE_URL);
  process.stdout.write('dropped the local database chuangjian\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `could not drop the local database: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
