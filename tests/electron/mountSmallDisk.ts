// A real, small, fillable disk for tests: a tmpfs mounted on a fresh temp folder. Only root can
// mount one, so tests that need it are skipped elsewhere, with the reason printed.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  dir: string;
  /** Writes a filler file until the disk refuses another byte. */
  fill(): void;
  /** Deletes the filler: the disk has room again. */
  free(): void;
  unmount(): void;
}

export type MountResult = { disk: SmallDisk; reason?: undefined } | { disk?: undefined; reason: string };

export function mountSmallDisk(megabytes: number): MountResult {
  if (process.platform !== 'linux') return { reason: 'a tmpfs disk needs Linux' };
  if (process.getuid?.() !== 0) return { reason: 'mounting a tmpfs disk needs root' };
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { reason: `mount -t tmpfs failed (${detail})` };
  }
  const filler = join(dir, 'filler');
  return {
    disk: {
      dir,
      fill() {
        const fd = openSync(filler, 'a');
        try {
          // Big blocks first, then single bytes: tmpfs has room for a tail smaller than a block.
          for (const size of [1024 * 1024, 64 * 1024, 4096, 512, 1]) {
            const block = Buffer.alloc(size, 0x2e);
            try {
              for (;;) writeSync(fd, block);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
            }
          }
        } finally {
          closeSync(fd);
        }
      },
      free() {
        rmSync(filler, { force: true });
      },
      unmount() {
        execFileSync('umount', [dir], { stdio: 'pipe' });
        rmSync(dir, { recursive: true, force: true });
      },
    },
  };
}
