// Renders build/icon.svg into the PNGs electron-builder consumes:
//   build/icon.png            1024×1024, the source for the macOS .icns and Windows .ico
//   build/icons/NxN.png       the Linux hicolor set (AppImage and deb read the sizes from the names)
// Each size is rasterised from the vector source rather than downscaled from 1024, so small
// sizes stay crisp. Run: node scripts/renderIcons.ts   (needs Chromium; CROSSCHECK_CHROMIUM overrides the path)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ICON_SOURCE = 'build/icon.svg';
export const MAIN_ICON = { path: 'build/icon.png', size: 1024 } as const;
export const LINUX_ICON_DIR = 'build/icons';
export const LINUX_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512] as const;

export function linuxIconPath(size: number): string {
  return `${LINUX_ICON_DIR}/${size}x${size}.png`;
}

async function renderAll(projectDir: string): Promise<void> {
  const svg = await readFile(join(projectDir, ICON_SOURCE));
  const dataUrl = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  const browser = await chromium.launch({ executablePath: process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const targets = [MAIN_ICON, ...LINUX_ICON_SIZES.map((size) => ({ path: linuxIconPath(size), size }))];
    for (const { path, size } of targets) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img id="icon" src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.waitForFunction(() => (document.getElementById('icon') as HTMLImageElement | null)?.complete === true);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await mkdir(dirname(join(projectDir, path)), { recursive: true });
      await writeFile(join(projectDir, path), png);
      console.log(`wrote ${path} (${size}×${size}, ${png.length} bytes)`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await renderAll(join(dirname(fileURLToPath(import.meta.url)), '..'));
}
