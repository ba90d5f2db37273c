// `npm run smoke:electron` inside `npm test`: the built bundles' wiring (scripts/smokeElectron.ts),
// built into a scratch folder inside the repo so it never races another test over out/.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
mkdirSync(join(root, '.tsbuild'), { recursive: true });
const outDir = mkdtempSync(join(root, '.tsbuild', 'electron-smoke-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('starts the built app on a fake electron module and finds every guard wired', async () => {
  const run = await promisify(execFile)(process.execPath, ['--experimental-strip-types', 'scripts/smokeElectron.ts', '--out', outDir], {
    cwd: root, timeout: 120_000,
  }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? String(error) }));
  expect(run.stdout.split('\n').filter((line) => line.startsWith('FAIL'))).toEqual([]);
  expect(run.stdout).toContain('smoke:electron: the built app wiring holds');
  for (const section of ['the window', 'the crosscheck:// protocol', 'the IPC router', 'navigation', 'window.open', 'the session', 'the import process', 'the preload']) {
    expect(run.stdout).toContain(`ok    ${section}\n`);
  }
}, 120_000);
