#!/usr/bin/env node
// The `crosscheck` command. The CLI is written in TypeScript and run through Node's
// built-in type stripping, on by default from Node 22.18; a Node started with it turned off
// is re-run with the flag rather than shipping a second, compiled copy.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../electron/cli/cliMain.ts', import.meta.url));

// The oldest Node the whole suite passes on: 22.16 brought SQLite's full-text module into
// node:sqlite (the library's search), 22.18 TypeScript stripping by default (the worker threads).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`crosscheck needs Node 22.18 or later (this is ${process.versions.node}).`);
  process.exit(2);
}

if (process.features.typescript) {
  const { runCli } = await import(entry);
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 2;
}
