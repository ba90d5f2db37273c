// electron-builder afterPack hook: flips Electron's fuses in the packaged binary.
// Fuses are bits compiled into the Electron executable; flipping them here (before electron-builder
// signs the app) removes whole classes of attack that no runtime check can: an installed Crosscheck
// cannot be started as a plain Node interpreter, cannot be handed NODE_OPTIONS or --inspect to inject
// code, and only runs the code in its own app.asar, whose header hash the binary checks at load.
import { FuseState, FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import type { FuseV1Config } from '@electron/fuses';
import { Arch } from 'electron-builder';
import type { AfterPackContext, LinuxPackager } from 'electron-builder';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The fuse settings every Crosscheck package ships with; tests assert on this data. */
export const CROSSCHECK_FUSES = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node runtime.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and local storage are encrypted with an OS-keychain key, like Chrome's.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS=--require evil.js would run code inside the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk would expose a debugger that can evaluate anything.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The binary checks app.asar against the hash electron-builder embeds (Info.plist on macOS,
  // a resource on Windows). Linux has no embedded hash; there the fuse is inert.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Without this, a loose resources/app/ folder placed next to app.asar would be loaded instead.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The renderer is served from crosscheck:// (electron/main/appProtocol.ts) and nothing loads
  // file:// pages, so file:// needs none of the extra rights Electron grants it by default.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies Partial<Record<FuseV1Options, boolean>>;

/** Fuses left at Electron's defaults on purpose, with the reason. */
export const FUSES_LEFT_AT_DEFAULT: Readonly<Partial<Record<FuseV1Options, string>>> = {
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: 'no custom V8 snapshot is built',
  [FuseV1Options.WasmTrapHandlers]: 'Electron default; pdf.js may use WebAssembly',
};

/** The full @electron/fuses config for one packaged platform/arch. */
export function fuseConfigFor(context: Pick<AfterPackContext, 'electronPlatformName' | 'arch'>): FuseV1Config {
  return {
    version: FuseVersion.V1,
    // Flipping bits invalidates the ad-hoc signature that arm64 macOS requires to launch at all
    // (a universal app contains an arm64 slice); re-sign ad hoc so unsigned local builds run.
    // A real identity signs again afterwards.
    resetAdHocDarwinSignature:
      context.electronPlatformName === 'darwin' && (context.arch === Arch.arm64 || context.arch === Arch.universal),
    ...CROSSCHECK_FUSES,
  };
}

/**
 * Where the fuse wire lives for this platform. @electron/fuses resolves a `.app` bundle to its
 * Electron Framework itself; Linux names the executable after `executableName`, Windows after
 * the product file name (same rule electron-builder uses for its own `electronFuses` option).
 */
export function packagedElectronPath(context: AfterPackContext): string {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return join(appOutDir, (packager as LinuxPackager).executableName);
    default:
      throw new Error(`Crosscheck packaging: no fuse rule for platform "${electronPlatformName}".`);
  }
}

export async function afterPack(context: AfterPackContext): Promise<void> {
  const binary = packagedElectronPath(context);
  if (!existsSync(binary)) {
    // Never let a package out with default fuses because the binary was looked for in the wrong place.
    throw new Error(`Crosscheck packaging: Electron binary not found at ${binary}; fuses were not flipped.`);
  }
  const config = fuseConfigFor(context);
  await flipFuses(binary, config);

  const wire = await getCurrentFuseWire(binary);
  for (const [fuse, enabled] of Object.entries(CROSSCHECK_FUSES)) {
    const expected = enabled ? FuseState.ENABLE : FuseState.DISABLE;
    if (wire[Number(fuse) as FuseV1Options] !== expected) {
      throw new Error(`Crosscheck packaging: fuse ${FuseV1Options[Number(fuse)]} did not take in ${binary}.`);
    }
  }
  console.log(`  • fuses flipped  ${binary}`);
}

export default afterPack;
