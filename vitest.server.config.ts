import { defineConfig } from 'vitest/config';

// The newsroom-server suite: real PostgreSQL, started by `npm run test:server`
// (tests/server/runServerTests.ts), which passes CROSSCHECK_TEST_PG_URL. Files run one at a
// time because they share the cluster's roles (roles are cluster-wide, databases are not).
export default defineConfig({
  test: {
    include: ['tests/server/**/*.server.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
