import { defineConfig } from 'vitest/config';

// Real Chromium against the preview host: one file at a time, generous timeouts,
// because a shared 2-core machine can be slow to start a browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
