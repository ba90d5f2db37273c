// The app icons electron-builder packs: the 1024 px master (macOS .icns and Windows .ico are made
// from it) and the Linux hicolor set, each a real RGBA PNG of the size its name promises.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from './builderInternals.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];

interface PngFacts {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
  /** Decompressed IDAT stream: one filter byte plus the row's pixels, per row. */
  scanlines: Buffer;
}

/** Walks the chunk list: IHDR must come first, IDATs are concatenated, IEND ends it. */
function readPng(path: string): PngFacts {
  const file = readFileSync(path);
  expect(file.subarray(0, 8).equals(PNG_SIGNATURE), `${path} is not a PNG`).toBe(true);
  let offset = 8;
  let ihdr: Buffer | undefined;
  const idat: Buffer[] = [];
  for (;;) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const data = file.subarray(offset + 8, offset + 8 + length);
    if (ihdr === undefined) expect(type, `${path}: first chunk`).toBe('IHDR');
    if (type === 'IHDR') ihdr = data;
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
    if (type === 'IEND') break;
    expect(offset, `${path}: truncated before IEND`).toBeLessThan(file.length);
  }
  if (ihdr === undefined) throw new Error(`${path}: no IHDR`);
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr[8] ?? -1,
    colorType: ihdr[9] ?? -1,
    interlace: ihdr[12] ?? -1,
    scanlines: inflateSync(Buffer.concat(idat)),
  };
}

function expectIcon(relativePath: string, size: number): PngFacts {
  const png = readPng(join(ROOT, relativePath));
  expect({ width: png.width, height: png.height }, relativePath).toEqual({ width: size, height: size });
  expect({ bitDepth: png.bitDepth, colorType: png.colorType, interlace: png.interlace }, relativePath)
    .toEqual({ bitDepth: 8, colorType: 6, interlace: 0 }); // 8-bit RGBA, not interlaced
  expect(png.scanlines.length, `${relativePath}: pixel data size`).toBe(size * (1 + size * 4));
  // On the first row every PNG filter leaves the first pixel as stored, so its alpha can be read
  // directly: the corner outside the rounded tile must be transparent, not a white square.
  expect(png.scanlines[4], `${relativePath}: top-left alpha`).toBe(0);
  return png;
}

describe('app icon', () => {
  it('has its vector source and render script in the repository', () => {
    const svg = readFileSync(join(ROOT, 'build/icon.svg'), 'utf8');
    expect(svg).toMatch(/<svg[^>]+viewBox="0 0 1024 1024"/);
    expect(readFileSync(join(ROOT, 'scripts/renderIcons.ts'), 'utf8')).toContain("'build/icon.svg'");
  });

  it('build/icon.png is a 1024×1024 RGBA master with a transparent margin', () => {
    expectIcon('build/icon.png', 1024);
  });

  for (const size of LINUX_SIZES) {
    it(`build/icons/${size}x${size}.png is ${size}×${size} RGBA`, () => {
      expectIcon(`build/icons/${size}x${size}.png`, size);
    });
  }
});
