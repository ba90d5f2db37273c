// A stand-in for the Electron executable, which cannot be downloaded on CI machines. It carries a
// real fuse wire (sentinel, version, length, one byte per fuse, with Electron 45's defaults)
// between random bytes, so @electron/fuses finds, flips and reads it exactly as in a real binary.
import { FuseState, FuseVersion } from '@electron/fuses';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The marker Electron compiles in front of its fuse wire (not exported by @electron/fuses). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = FuseState.ENABLE;
const OFF = FuseState.DISABLE;

/** Electron 45's shipped fuse states, in wire order (FuseV1Options 0..8). */
export const ELECTRON_DEFAULT_WIRE: readonly FuseState[] = [
  ON, // RunAsNode
  OFF, // EnableCookieEncryption
  ON, // EnableNodeOptionsEnvironmentVariable
  ON, // EnableNodeCliInspectArguments
  OFF, // EnableEmbeddedAsarIntegrityValidation
  OFF, // OnlyLoadAppFromAsar
  OFF, // LoadBrowserProcessSpecificV8Snapshot
  ON, // GrantFileProtocolExtraPrivileges
  ON, // WasmTrapHandlers
];

/** What a packaged Crosscheck binary must carry: the seven hardening fuses set, the rest untouched. */
export const EXPECTED_PACKAGED_WIRE: readonly FuseState[] = [
  OFF, // RunAsNode
  ON, // EnableCookieEncryption
  OFF, // EnableNodeOptionsEnvironmentVariable
  OFF, // EnableNodeCliInspectArguments
  ON, // EnableEmbeddedAsarIntegrityValidation
  ON, // OnlyLoadAppFromAsar
  OFF, // LoadBrowserProcessSpecificV8Snapshot (Electron default)
  OFF, // GrantFileProtocolExtraPrivileges
  ON, // WasmTrapHandlers (Electron default)
];

/** Writes the stand-in binary and returns its bytes, for before/after comparison. */
export async function writeFakeElectron(path: string): Promise<Buffer> {
  const wire = Buffer.concat([
    Buffer.from(SENTINEL),
    Buffer.from([Number(FuseVersion.V1), ELECTRON_DEFAULT_WIRE.length]),
    Buffer.from(ELECTRON_DEFAULT_WIRE),
  ]);
  const bytes = Buffer.concat([randomBytes(64 * 1024), wire, randomBytes(64 * 1024)]);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes, { mode: 0o755 });
  return bytes;
}
