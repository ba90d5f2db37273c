// The packaging config, checked the way electron-builder itself will read and check it: loaded by
// electron-builder's own config loader (jiti, so the TypeScript hook import must resolve), then
// validated against the JSON schema that ships with the app-builder-lib electron-builder uses.
// The Electron binary cannot be downloaded on CI machines, so this stands in for `npm run dist`.
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import type { Configuration } from 'electron-builder';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE, ROOT, builderSchema, loadBuilderConfig, validateWithBuilder } from './builderInternals.ts';

/** The parts of our config these tests read; the values are asserted, so the cast is checked. */
interface ShippedConfig {
  appId: string;
  productName: string;
  directories: object;
  files: unknown;
  asar: unknown;
  afterPack: unknown;
  linux: { target: string[]; category: string; maintainer: string; synopsis: string; icon: string };
  mac: { target: string[]; hardenedRuntime: boolean; entitlements: string; entitlementsInherit: string; icon: string };
  win: { target: string[]; icon: string };
  nsis: { oneClick: boolean; perMachine: boolean };
}
// Loaded through electron-builder's own loader, exactly as `npm run dist` loads it.
let builderConfig: ShippedConfig;
let rawConfig: Configuration;
beforeAll(async () => {
  rawConfig = await loadBuilderConfig();
  builderConfig = rawConfig as unknown as ShippedConfig;
});

// strict: false because the schema uses electron-builder's own `typeof` keyword for hook functions.
const validate = new Ajv({ allErrors: true, strict: false }).compile(builderSchema);
function schemaErrors(config: unknown): string[] {
  return validate(config) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** The app-root `files` patterns; electron-builder's loader normalises the list to `[{ filter: [...] }]`. */
function filesPatterns(): string[] {
  const files = builderConfig.files;
  expect(Array.isArray(files)).toBe(true);
  return (files as unknown[]).flatMap((entry): string[] => {
    if (typeof entry === 'string') return [entry];
    const set = entry as { from?: string; filter?: string | string[] };
    if (set.from !== undefined && set.from !== '.') return [];
    return typeof set.filter === 'string' ? [set.filter] : (set.filter ?? []);
  });
}

/** electron-builder semantics: a path ships if some positive pattern matches and no later `!` pattern does. */
function ships(relativePath: string): boolean {
  let included = false;
  for (const pattern of filesPatterns()) {
    if (pattern.startsWith('!')) {
      if (matchesGlob(relativePath, pattern.slice(1))) included = false;
    } else if (matchesGlob(relativePath, pattern)) {
      included = true;
    }
  }
  return included;
}

describe('electron-builder configuration', () => {
  it('is what electron-builder loads from the file the dist script names', async () => {
    expect(rawConfig.appId).toBe('org.crosscheck.editor');
    expect(rawConfig.productName).toBe('Crosscheck');
    // The hook itself is exercised on fake Electron binaries in fuses.test.ts.
    expect(typeof rawConfig.afterPack).toBe('function');

    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const dist = pkg.scripts['dist'] ?? '';
    expect(dist).toMatch(/^npm run build && electron-builder /);
    expect(dist).toContain(`--config ${CONFIG_FILE}`);
    // No --linux/--mac/--win: electron-builder then targets the OS it runs on.
    expect(dist).not.toMatch(/--(linux|mac|win)\b|\s-[mwl]\b/);
  });

  it("passes electron-builder's JSON schema", () => {
    expect(schemaErrors(builderConfig)).toEqual([]);
  });

  it("passes electron-builder's own validation step", async () => {
    await expect(validateWithBuilder(await loadBuilderConfig())).resolves.toBeUndefined();
  });

  it('schema check rejects a broken config (so the pass above means something)', () => {
    const broken = {
      ...builderConfig,
      nsis: { ...builderConfig.nsis, oneClick: 'no' },
      linux: { ...builderConfig.linux, catgory: 'Office' },
    };
    const errors = schemaErrors(broken);
    expect(errors.some((e) => e.startsWith('/nsis/oneClick'))).toBe(true);
    expect(errors.some((e) => e.startsWith('/linux') && e.includes('additional properties'))).toBe(true);
  });

  it('ships the app bundles and the sample content, inside an asar', () => {
    expect(builderConfig.asar).toBe(true);
    expect(builderConfig.directories).toEqual({ buildResources: 'build', output: 'release' });

    expect(ships('package.json')).toBe(true);
    expect(ships('out/main/index.js')).toBe(true);
    expect(ships('out/preload/index.cjs')).toBe(true);
    expect(ships('out/renderer/index.html')).toBe(true);
    expect(ships('out/renderer/assets/index-abc123.js.map')).toBe(false);

    const samples = readdirSync(join(ROOT, 'assets/samples')).filter((name) => name.endsWith('.txt'));
    expect(samples.length).toBeGreaterThan(0);
    for (const name of samples) expect(ships(`assets/samples/${name}`), name).toBe(true);

    for (const source of ['electron/main/index.ts', 'renderer/src/App.tsx', 'core/index.ts', 'tests/packaging/x.test.ts', 'build/icon.svg']) {
      expect(ships(source), source).toBe(false);
    }
  });

  it('builds AppImage and deb for Linux with desktop metadata', () => {
    const linux = builderConfig.linux;
    expect(linux.target).toEqual(['AppImage', 'deb']);
    expect(linux.category).toBe('Office');
    expect(linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(linux.synopsis.length).toBeGreaterThan(10);
    expect(linux.synopsis.length).toBeLessThanOrEqual(80);
  });

  it('builds a hardened-runtime dmg for macOS with a minimal entitlements file', () => {
    const mac = builderConfig.mac;
    expect(mac.target).toEqual(['dmg']);
    expect(mac.hardenedRuntime).toBe(true);
    expect(mac.entitlements).toBe('build/entitlements.mac.plist');
    expect(mac.entitlementsInherit).toBe('build/entitlements.mac.plist');

    const plist = readFileSync(join(ROOT, mac.entitlements), 'utf8');
    const withoutComments = plist.replace(/<!--[\s\S]*?-->/g, '');
    const granted = [...withoutComments.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1]);
    const keys = [...withoutComments.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(granted); // every key is a plain boolean grant
    expect(granted).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('builds a per-user, assisted nsis installer for Windows', () => {
    expect(builderConfig.win.target).toEqual(['nsis']);
    expect(builderConfig.nsis.oneClick).toBe(false);
    expect(builderConfig.nsis.perMachine).toBe(false);
  });

  it('points every platform at icon files that exist', () => {
    expect(existsSync(join(ROOT, builderConfig.mac.icon))).toBe(true);
    expect(existsSync(join(ROOT, builderConfig.win.icon))).toBe(true);
    expect(readdirSync(join(ROOT, builderConfig.linux.icon)).filter((f) => /^\d+x\d+\.png$/.test(f)).length).toBeGreaterThanOrEqual(7);
  });
});
