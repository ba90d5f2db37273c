#!/usr/bin/env node
// The `crosscheck` command. The CLI is written in TypeScript and run through Node's
// built-in type stripping (default since Node 22.18/23.6); on 22.13–22.17 the flag is
// still needed, so re-run ourselves with it rather than ship a second, compiled copy.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../electron/cli/cliMain.ts', import.meta.url));

if (process.features.typescript) {
  const { runCli } = await import(entry);
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 2;
}
