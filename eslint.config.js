// Layering is enforced here, not by review (VS Code's `code-layering`, Signal's suffix rule):
//   core/      plain TypeScript: no Node, no DOM, no imports from electron/ or renderer/
//   renderer/  browser code: no Node, and from electron/ only the shared IPC contract
//   electron/  the only place that talks to Electron; exactly one module touches ipcMain
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';
import path from 'node:path';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** The one module allowed to register IPC handlers; everything else goes through it. */
const IPC_ROUTER = 'electron/main/ipcRouter.ts';
/** The one renderer module allowed to reach the Node side. */
const RENDERER_BRIDGE = 'renderer/src/bridge.ts';

const ROOT = path.dirname(new URL(import.meta.url).pathname);

/**
 * Which top-level folders a layer may import from by relative path, and whether it must
 * enter core/ through its public API. Resolved on real paths, so `../` inside core/ is fine
 * while `../../electron/x.ts` from core/ is not (glob patterns on import strings can't tell).
 */
const LAYERS = [
  { layer: 'core/', allowed: ['core/'] },
  // The contract is bundled into the sandboxed preload: it takes the engine's data-shape modules
  // directly, since going through core/index.ts would pull the engine's tables into every window.
  { layer: 'electron/shared/', allowed: ['electron/shared/', 'core/types.ts', 'core/review/reviewTypes.ts'] },
  { layer: 'electron/', allowed: ['electron/', 'core/index.ts', 'core/types.ts', 'assets/', 'package.json'] },
  { layer: 'renderer/', allowed: ['renderer/', 'core/', 'electron/shared/'], coreEntry: ['core/index.ts', 'core/types.ts'] },
];

const layering = {
  rules: {
    'import-boundaries': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const file = path.relative(ROOT, context.filename).split(path.sep).join('/');
        const rule = LAYERS.find((l) => file.startsWith(l.layer));
        if (!rule) return {};
        const check = (node, source) => {
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const target = path.relative(ROOT, path.resolve(path.dirname(context.filename), source)).split(path.sep).join('/');
          const ok = rule.allowed.some((a) => target === a || target.startsWith(a));
          const viaCoreApi = !rule.coreEntry || !target.startsWith('core/') || rule.coreEntry.includes(target)
            || target.startsWith('core/') && file.endsWith('.worker.ts');
          if (!ok || !viaCoreApi) {
            const allowed = ok ? `core/ only through ${rule.coreEntry.join(' or ')}` : rule.allowed.join(', ');
            context.report({ node, message: `${rule.layer} may not import ${target} (allowed: ${allowed}).` });
          }
        };
        return {
          ImportDeclaration: (n) => check(n, n.source.value),
          ExportAllDeclaration: (n) => check(n, n.source.value),
          ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
          ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', '.tools/', '.tsbuild/', 'test-results/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['core/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { local: layering },
    rules: { 'local/import-boundaries': 'error' },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'slate', 'slate-react'].map((name) => ({
          name, message: 'core/ is pure TypeScript: no Node, DOM or UI modules.',
        })),
      }],
      // TypeScript turns no-undef off, so the globals of Node and the DOM are named here: a stray
      // `process.env` debug switch would break the engine in the renderer's worker.
      'no-restricted-globals': ['error', ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'window', 'document', 'localStorage']
        .map((name) => ({ name, message: 'core/ runs in a Web Worker and in Node: no Node or DOM globals.' }))],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeBuiltins, 'electron'].map((name) => ({ name, message: 'The renderer has no Node access; go through the bridge.' })),
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: [RENDERER_BRIDGE],
    rules: {
      'no-restricted-properties': ['error',
        { object: 'window', property: 'crosscheck', message: `Only ${RENDERER_BRIDGE} talks to the preload API.` }],
      'no-restricted-globals': ['error', { name: 'fetch', message: `Only ${RENDERER_BRIDGE} talks to the Node side.` }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: [IPC_ROUTER],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['ipcMain'], message: `Register IPC handlers only in ${IPC_ROUTER}.` }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.{ts,tsx}', 'bin/**/*.js', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
