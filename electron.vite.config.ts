// Builds the three Electron targets into out/: main (ESM, with the import's parsing process and each
// worker thread as entries of their own, so each can be started from its own file), preload (CommonJS with every dependency bundled,
// because a sandboxed preload cannot require node_modules) and the renderer (React).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

/** `electron-vite dev` only: React Fast Refresh needs an inline preamble and a websocket, which
 *  the page's CSP meta forbids. Builds (`npm start`, `npm run preview`, packages) keep it strict. */
const devServerCsp: Plugin = {
  name: 'crosscheck:dev-server-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*"),
};

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          parseProcess: resolve(root, 'electron/importers/parseProcess.ts'),
          parseWorker: resolve(root, 'electron/importers/parseWorker.ts'),
          claimCheckWorker: resolve(root, 'electron/services/claimCheckWorker.ts'),
          searchWorker: resolve(root, 'electron/services/searchWorker.ts'),
        },
        output: { entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), devServerCsp],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
