// `npm run test:server`: start a throwaway PostgreSQL cluster, run the server suite against it
// (vitest.server.config.ts), and remove the cluster whatever happens.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startThrowawayCluster } from './startThrowawayCluster.ts';

const started = Date.now();
const cluster = startThrowawayCluster();
let status: number;
const cleanUp = () => cluster.stop();
process.on('SIGINT', () => { cleanUp(); process.exit(130); });
process.on('SIGTERM', () => { cleanUp(); process.exit(143); });
try {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  const { rows } = await client.query<{ version: string }>('select version()');
  await client.end();
  console.log(`test:server: throwaway cluster up in ${Date.now() - started} ms: ${rows[0]!.version}`);
  const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [vitest, 'run', '--config', 'vitest.server.config.ts', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, CROSSCHECK_TEST_PG_URL: cluster.url },
  });
  status = r.status ?? 1;
} finally {
  cleanUp();
}
console.log(`test:server: cluster removed; ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
process.exit(status);
