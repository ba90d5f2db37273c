// The afterPack hook, run the way electron-builder runs it (taken from the loaded config) against
// stand-in Electron binaries (fakeElectron.ts) laid out as each platform's packager leaves them.
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { Arch } from 'electron-builder';
import type { AfterPackContext } from 'electron-builder';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FuseHookModule } from './builderInternals.ts';
import { importFuseHook, loadBuilderConfig } from './builderInternals.ts';
import { EXPECTED_PACKAGED_WIRE, writeFakeElectron } from './fakeElectron.ts';

let hookModule: FuseHookModule;
let configHook: (context: AfterPackContext) => Promise<void>;
const scratch: string[] = [];

beforeAll(async () => {
  hookModule = await importFuseHook();
  const config = await loadBuilderConfig();
  if (typeof config.afterPack !== 'function') throw new Error('electron-builder.config.ts has no afterPack function');
  configHook = config.afterPack as (context: AfterPackContext) => Promise<void>;
});

afterEach(async () => {
  for (const dir of scratch.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function packContext(platform: string, arch: Arch): Promise<AfterPackContext> {
  const appOutDir = await mkdtemp(join(tmpdir(), `crosscheck-afterpack-${platform}-`));
  scratch.push(appOutDir);
  // The fields of electron-builder's packager the hook reads; values as our config produces them.
  const packager = { appInfo: { productFilename: 'Crosscheck' }, executableName: 'crosscheck' };
  return { appOutDir, outDir: dirname(appOutDir), electronPlatformName: platform, arch, targets: [], packager } as unknown as AfterPackContext;
}

const layouts = [
  { platform: 'linux', arch: Arch.x64, fuseFile: 'crosscheck' },
  { platform: 'win32', arch: Arch.x64, fuseFile: 'Crosscheck.exe' },
  // arm64 macOS would also re-sign ad hoc with `codesign`, which only exists on macOS.
  { platform: 'darwin', arch: Arch.x64, fuseFile: 'Crosscheck.app/Contents/Frameworks/Electron Framework.framework/Electron Framework' },
];

describe('fuse settings', () => {
  it('are the hardening the issue asks for, exported as data', () => {
    expect(hookModule.CROSSCHECK_FUSES).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('account for every fuse Electron has: set, or left at default with a reason', () => {
    const fuseCount = Object.values(FuseV1Options).filter((v) => typeof v === 'number').length;
    for (let fuse = 0; fuse < fuseCount; fuse++) {
      const set = fuse in hookModule.CROSSCHECK_FUSES;
      const reason = hookModule.FUSES_LEFT_AT_DEFAULT[fuse as FuseV1Options];
      expect(set !== (reason !== undefined), FuseV1Options[fuse]).toBe(true);
    }
  });

  it('re-sign ad hoc only for macOS builds that contain arm64', () => {
    const reset = (electronPlatformName: string, arch: Arch) =>
      hookModule.fuseConfigFor({ electronPlatformName, arch }).resetAdHocDarwinSignature;
    expect(reset('darwin', Arch.arm64)).toBe(true);
    expect(reset('darwin', Arch.universal)).toBe(true);
    expect(reset('darwin', Arch.x64)).toBe(false);
    expect(reset('mas', Arch.arm64)).toBe(false); // Mac App Store builds are always signed for real
    expect(reset('linux', Arch.arm64)).toBe(false);
    expect(reset('win32', Arch.arm64)).toBe(false);
    expect(hookModule.fuseConfigFor({ electronPlatformName: 'linux', arch: Arch.x64 }).version).toBe(FuseVersion.V1);
  });
});

describe('afterPack hook from electron-builder.config.ts', () => {
  for (const { platform, arch, fuseFile } of layouts) {
    it(`flips the fuses in the ${platform} binary and nothing else`, async () => {
      const context = await packContext(platform, arch);
      const binaryPath = join(context.appOutDir, fuseFile);
      const before = await writeFakeElectron(binaryPath);

      await configHook(context);

      const binaryArg = hookModule.packagedElectronPath(context);
      const wire = await getCurrentFuseWire(binaryArg);
      EXPECTED_PACKAGED_WIRE.forEach((state, fuse) => {
        expect(wire[fuse as FuseV1Options], FuseV1Options[fuse]).toBe(state);
      });
      const after = await readFile(binaryPath);
      expect(after.length).toBe(before.length);
      const changed = [...after.keys()].filter((i) => after[i] !== before[i]);
      expect(changed.length).toBe(7); // exactly the seven fuse bytes that differ from Electron's defaults
    });
  }

  it('fails the build when the binary is not where the platform puts it', async () => {
    const context = await packContext('linux', Arch.x64);
    await writeFakeElectron(join(context.appOutDir, 'Crosscheck')); // wrong name: Linux uses executableName
    await expect(configHook(context)).rejects.toThrow(/Electron binary not found at .*crosscheck; fuses were not flipped/);
  });

  it('fails the build when the binary has no fuse wire', async () => {
    const context = await packContext('win32', Arch.x64);
    await writeFile(join(context.appOutDir, 'Crosscheck.exe'), randomBytes(4096));
    await expect(configHook(context)).rejects.toThrow(/sentinel/);
  });
});
