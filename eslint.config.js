// Layering is enforced here, not by review (VS Code's `code-layering`, Signal's suffix rule):
//   core/      plain TypeScript: no Node, no DOM, no imports from electron/ or renderer/
//   renderer/  browser code: no Node, and from electron/ only the shared IPC contract
//   electron/  the only place that talks to Electron; exactly one module touches ipcMain
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** The one module allowed to register IPC handlers; everything else goes through it. */
const IPC_ROUTER = 'electron/main/ipcRouter.ts';
/** The one renderer module allowed to reach the Node side. */
const RENDERER_BRIDGE = 'renderer/src/bridge.ts';

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
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'slate', 'slate-react', 'dompurify'].map((name) => ({
          name, message: 'core/ is pure TypeScript: no Node, DOM or UI modules.',
        })),
        patterns: [{ group: ['**/electron/**', '**/renderer/**', '../*'], message: 'core/ imports nothing outside core/.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeBuiltins, 'electron'].map((name) => ({ name, message: 'The renderer has no Node access; go through the bridge.' })),
        patterns: [{ group: ['**/electron/**', '!**/electron/shared/**'], message: 'The renderer may import only the shared IPC contract from electron/.' }],
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
        patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer code.' }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.{ts,tsx}', 'bin/**/*.js', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
