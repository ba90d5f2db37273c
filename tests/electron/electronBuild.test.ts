// `npm run build` as the desktop app needs it, built into a scratch folder inside the repo (so the
// bundles resolve node_modules as they will in the app): the main bundle with its parsing process
// and worker threads,
// a preload that a sandboxed renderer can run, and the renderer page.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'electron-vite';
import type { ParseProcessReply } from '../../electron/importers/parseProcess.ts';
import { forkParseProcess } from '../../electron/importers/parseProcessLauncher.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchReady, SearchReply } from '../../electron/services/searchWorker.ts';
import { CrosscheckStore } from '../../electron/store/crosscheckStore.ts';
import { minimalDocx } from '../fixtures/documentFiles.ts';

const root = resolve(import.meta.dirname, '../..');
let outDir: string;

beforeAll(async () => {
  // .tsbuild/ is git-ignored and inside the repo, so bare imports find node_modules.
  mkdirSync(join(root, '.tsbuild'), { recursive: true });
  outDir = mkdtempSync(join(root, '.tsbuild', 'electron-build-'));
  await build({ root, logLevel: 'silent', build: { outDir } });
}, 180_000);
afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('electron-vite build', () => {
  it('emits the ESM main entry next to its parsing process and parse worker', () => {
    const main = readFileSync(join(outDir, 'main', 'index.js'), 'utf8');
    expect(main).toMatch(/^import .* from "electron";$/m);
    expect(main).toContain('requestSingleInstanceLock');
    expect(existsSync(join(outDir, 'main', 'parseProcess.js'))).toBe(true);
    expect(existsSync(join(outDir, 'main', 'parseWorker.js'))).toBe(true);
    expect(existsSync(join(outDir, 'main', 'searchWorker.js'))).toBe(true);
  });

  it('runs the bundled parsing process, which finds its worker next to it, on a real .docx', async () => {
    // The launcher under Node; Electron starts the same file with utilityProcess.fork instead.
    const child = forkParseProcess(join(outDir, 'main', 'parseProcess.js'));
    try {
      const reply = await new Promise<ParseProcessReply>((resolveReply, reject) => {
        child.onReply(resolveReply);
        child.onExit(() => reject(new Error('the parsing process exited without a reply')));
        void minimalDocx(['Built process reads Word files']).then((bytes) =>
          child.send({ kind: 'docx', bytes, heapMb: 256, memoryLimitMb: 1024 }));
      });
      expect(reply).toMatchObject({ result: 'parsed', value: { text: 'Built process reads Word files' } });
    } finally {
      child.kill();
    }
  });

  it('runs the bundled parse worker on a saved web page, which reaches linkedom and Readability from the bundle', async () => {
    const bytes = new Uint8Array(readFileSync(join(root, 'tests/fixtures/quake-toll-article.html')));
    const worker = new Worker(join(outDir, 'main', 'parseWorker.js'));
    try {
      const reply = await new Promise((resolveReply, reject) => {
        worker.once('message', resolveReply);
        worker.once('error', reject);
        worker.postMessage({ kind: 'html', bytes });
      });
      expect(reply).toMatchObject({ ok: true, value: { title: 'Quake toll rises', published: '2026-11-20', outlet: 'Example News' } });
    } finally {
      await worker.terminate();
    }
  });

  it('emits a CommonJS preload that needs nothing but electron (sandboxed preloads cannot require packages)', () => {
    const preload = readFileSync(join(outDir, 'preload', 'index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*import\s/m);
    expect(preload).toContain('exposeInMainWorld(CROSSCHECK_API_KEY');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\)/);
  });

  it('emits the renderer page with its scripts as files (the CSP allows no inline script)', () => {
    const html = readFileSync(join(outDir, 'renderer', 'index.html'), 'utf8');
    expect(html).toMatch(/<script type="module"[^>]* src="[^"]+\.js"><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>[^<]+<\/script>/);
  });

  it('runs the bundled parse worker on a real .docx', async () => {
    const bytes = await minimalDocx(['Built worker reads Word files']);
    const worker = new Worker(join(outDir, 'main', 'parseWorker.js'));
    try {
      const reply = await new Promise((resolveReply, reject) => {
        worker.once('message', resolveReply);
        worker.once('error', reject);
        worker.postMessage({ kind: 'docx', bytes });
      });
      expect(reply).toEqual({ ok: true, value: { text: 'Built worker reads Word files' } });
    } finally {
      await worker.terminate();
    }
  });

  it('runs the bundled search worker against a real library file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-built-search-'));
    const store = CrosscheckStore.open(join(dir, 'crosscheck.db'));
    const worker = new Worker(join(outDir, 'main', 'searchWorker.js'));
    try {
      const source = store.createSource({ text: 'The council said 45 people were injured.', fileType: 'paste' });
      const reply = await new Promise<SearchReply>((resolveReply, reject) => {
        worker.on('message', (message: SearchReply | SearchReady) => {
          if (message.kind !== 'ready') resolveReply(message);
        });
        worker.once('error', reject);
        worker.postMessage({ id: 1, file: store.file, query: 'council inj' });
      });
      expect(reply.kind === 'sources' ? reply.sources.map((s) => s.id) : reply).toEqual([source.id]);
    } finally {
      await worker.terminate();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
