// One browser session against a fresh preview host: a temp data directory (so first-run seeding
// happens), real Chromium with a throwaway profile, and screenshots kept for a human to look at.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { buildRenderer, startPreviewHost } from '../../electron/preview/previewHost.ts';
import type { ServerCredentials } from '../../electron/server/serverCredentials.ts';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

export interface PreviewSession {
  /** The page's address, without the token. */
  url: string;
  /** The address the preview host prints, with the token in its fragment. */
  openUrl: string;
  token: string;
  /** Calls the preview host's API as another window would (for conflict tests). */
  api: (channel: string, body: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
  page: Page;
  context: BrowserContext;
  dataDir: string;
  /** Console errors and CSP violations seen so far; a clean run has none. */
  pageErrors: string[];
  screenshot: (name: string) => Promise<string>;
  close: () => Promise<void>;
}

let built: Promise<void> | undefined;

/** The suite always tests the renderer as it is in the tree, so it builds it once per run. */
function ensureRendererBuilt(): Promise<void> {
  built ??= buildRenderer();
  return built;
}

export interface PreviewSessionOptions {
  /** The library's folder (e.g. on a small disk); the caller owns it and removes it. */
  dataDir?: string;
  /** A newsroom server the host starts connected to (as `--server-url` would). */
  newsroomServer?: ServerCredentials;
}

export async function openPreviewSession(options: PreviewSessionOptions = {}): Promise<PreviewSession> {
  await ensureRendererBuilt();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'crosscheck-e2e-data-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-profile-'));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  const host = await startPreviewHost({ dataDir, ...(options.newsroomServer ? { newsroomServer: options.newsroomServer } : {}) });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CROSSCHECK_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // As a person would: the printed address, whose fragment hands the page its token.
  await page.goto(host.openUrl);

  return {
    url: host.url,
    openUrl: host.openUrl,
    token: host.token,
    async api(channel, body) {
      const response = await fetch(`${host.url}api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Crosscheck-Token': host.token },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    },
    page,
    context,
    dataDir,
    pageErrors,
    async screenshot(name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await context.close().catch(() => {});
      await host.close();
      rmSync(profileDir, { recursive: true, force: true });
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resolves once the story has been saved after `previous` (the last saved-at stamp seen). */
export async function waitForSave(page: Page, previous: string): Promise<string> {
  const status = page.locator('[data-save-state]');
  await page.waitForFunction(
    (prev) => {
      const el = document.querySelector('[data-save-state]');
      return el?.getAttribute('data-save-state') === 'saved' && (el.getAttribute('data-saved-at') ?? '') !== prev && el.getAttribute('data-saved-at') !== '';
    },
    previous,
    { timeout: 10_000 },
  );
  return (await status.getAttribute('data-saved-at')) ?? '';
}
