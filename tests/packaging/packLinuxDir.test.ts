// Runs the real electron-builder CLI with our config (`--linux dir`: the unpacked app every Linux
// target is made from) against a stand-in Electron given as `electronDist`, because the real one
// cannot be downloaded here. This exercises what the unit tests cannot: the file patterns as
// electron-builder applies them, the asar, and the afterPack hook receiving electron-builder's own
// context. What it does not cover: making the AppImage/deb themselves (those tools are downloaded).
//
// The staging project is a copy of our packaging inputs with stand-in out/ bundles (electron-vite's
// output belongs to the build, not to this test) and no runtime dependencies, so it runs in seconds.
import { getCurrentFuseWire } from '@electron/fuses';
import type { FuseV1Options } from '@electron/fuses';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE, ROOT } from './builderInternals.ts';
import { EXPECTED_PACKAGED_WIRE, writeFakeElectron } from './fakeElectron.ts';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const builderCli = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
const requireFromBuilder = createRequire(require.resolve('electron-builder/package.json'));
const asar = requireFromBuilder(requireFromBuilder.resolve('@electron/asar', { paths: [dirname(requireFromBuilder.resolve('app-builder-lib/package.json'))] })) as {
  listPackage(archive: string, options: object): string[];
  extractFile(archive: string, filename: string): Buffer;
};

const STAND_IN_BUNDLES: Record<string, string> = {
  'out/main/index.js': 'export {};\n',
  'out/main/index.js.map': '{}',
  'out/preload/index.cjs': '"use strict";\n',
  'out/renderer/index.html': '<!doctype html><title>Crosscheck</title>\n',
  'out/renderer/assets/index-0000.js': 'export {};\n',
};

let work: string;
let project: string;
let unpacked: string;
let builderLog = '';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'crosscheck-pack-'));
  project = join(work, 'project');
  const electronDist = join(work, 'electron-dist');

  await mkdir(join(project, 'scripts'), { recursive: true });
  for (const path of [CONFIG_FILE, 'scripts/afterPack.ts', 'build', 'assets']) {
    await cp(join(ROOT, path), join(project, path), { recursive: true });
  }
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(project, 'package.json'), JSON.stringify({ ...pkg, dependencies: {} }, null, 2));
  await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(STAND_IN_BUNDLES)) {
    await mkdir(dirname(join(project, path)), { recursive: true });
    await writeFile(join(project, path), text);
  }
  // Things that must never ship, placed where a loose pattern would pick them up.
  await mkdir(join(project, 'tests'), { recursive: true });
  await writeFile(join(project, 'tests/secret.test.ts'), '');
  await writeFile(join(project, '.env'), 'TOKEN=x\n');

  await writeFakeElectron(join(electronDist, 'electron'));
  await writeFile(join(electronDist, 'version'), '45.4.1');
  await writeFile(join(electronDist, 'LICENSE'), 'MIT');

  const { stdout, stderr } = await run(
    process.execPath,
    [builderCli, '--config', CONFIG_FILE, '--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${electronDist}`],
    { cwd: project, timeout: 180_000, env: { ...process.env, CI: '1', ELECTRON_BUILDER_CACHE: join(work, 'cache') } },
  );
  builderLog = stdout + stderr;
  unpacked = join(project, 'release', 'linux-unpacked');
}, 200_000);

afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe('electron-builder --linux dir with our config', () => {
  it('packs into release/linux-unpacked with the executable named crosscheck', async () => {
    expect((await readdir(unpacked)).sort()).toEqual(expect.arrayContaining(['crosscheck', 'resources']));
    expect(await readdir(join(unpacked, 'resources'))).toEqual(['app.asar']);
  });

  it('puts exactly the bundles, package.json and the sample content in app.asar', () => {
    const entries = asar.listPackage(join(unpacked, 'resources', 'app.asar'), {}).map((p) => p.replaceAll('\\', '/'));
    const files = entries.filter((p) => /\.[a-z]+$/.test(p)).sort();
    expect(files).toEqual([
      '/assets/samples/draft-blog-story.txt',
      '/assets/samples/source-wire-report.txt',
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/assets/index-0000.js',
      '/out/renderer/index.html',
      '/package.json',
    ]);
  });

  it("ships a package.json whose main entry is in the asar and whose desktopName matches the launcher", () => {
    const archive = join(unpacked, 'resources', 'app.asar');
    const shipped = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as { main: string; desktopName?: string };
    expect(asar.listPackage(archive, {})).toContain(`/${shipped.main}`);
    expect(shipped.desktopName).toBe('crosscheck.desktop');
  });

  it('ran the afterPack hook: the packaged binary carries the hardened fuse wire', async () => {
    expect(builderLog).toContain('fuses flipped');
    const wire = await getCurrentFuseWire(join(unpacked, 'crosscheck'));
    expect(EXPECTED_PACKAGED_WIRE.map((_, fuse) => wire[fuse as FuseV1Options])).toEqual([...EXPECTED_PACKAGED_WIRE]);
  });
});
